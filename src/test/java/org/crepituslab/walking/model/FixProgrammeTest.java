package org.crepituslab.walking.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Weeks of core training and stretching: the counters fall, except the structural click. */
class FixProgrammeTest {
    private static final Causes BAD = new Causes(0.9, 0.1, 0.5, Causes.SPEED_NORMAL, 4);

    @Test
    void causesImproveGraduallyAndMonotonically() {
        Causes prev = BAD;
        for (int week = 1; week <= 16; week++) {
            Causes c = FixProgramme.after(BAD, week);
            assertTrue(c.core() > prev.core() && c.core() <= 1);
            assertTrue(c.hipFlexorTightness() < prev.hipFlexorTightness() && c.hipFlexorTightness() >= 0);
            assertEquals(BAD.structuralLevel(), c.structuralLevel());
            assertEquals(BAD.glutes(), c.glutes());
            prev = c;
        }
        assertTrue(FixProgramme.after(BAD, 1).core() < 0.5, "not fixed in a week");
    }

    @Test
    void snapsAndPopsFallButTheStructuralClickStays() {
        WalkingModel before = WalkingModelTest.walk(BAD, 400, 9);
        WalkingModel after = WalkingModelTest.walk(FixProgramme.after(BAD, 16), 400, 9);
        assertTrue(before.snaps() > 0);
        assertEquals(0, after.snaps(), "supple flexors do not snap");
        assertTrue(after.pops() < before.pops(), before.pops() + " -> " + after.pops());
        assertEquals(before.clicks(), after.clicks(), "the structural click needs a professional");
        assertTrue(after.clicks() >= 399);
    }
}
