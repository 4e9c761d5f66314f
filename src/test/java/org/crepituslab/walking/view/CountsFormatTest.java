package org.crepituslab.walking.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Rates per 100 strides read as a person would say them: no "0.0", no "254.5". */
class CountsFormatTest {
    @Test
    void wholeNumbersFromTenUpAndNoTrailingZero() {
        assertEquals("0", WalkingView.fmt(0));
        assertEquals("5", WalkingView.fmt(5));
        assertEquals("255", WalkingView.fmt(254.5));
        assertEquals("14", WalkingView.fmt(14.2857));
        assertTrue(WalkingView.fmt(2.5).matches("2[.,]5"), WalkingView.fmt(2.5));
        assertTrue(WalkingView.fmt(0.4).matches("0[.,]4"), WalkingView.fmt(0.4));
    }
}
