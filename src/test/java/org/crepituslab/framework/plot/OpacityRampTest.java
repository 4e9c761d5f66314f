package org.crepituslab.framework.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

class OpacityRampTest {
    /** Color keeps its components as floats. */
    private static final double EPS = 1e-6;
    private final OpacityRamp ramp = new OpacityRamp(Color.BLUE, 0.55, 10);

    @Test
    void runsFromTheFaintestToOpaqueInTheSameColour() {
        assertEquals(0.55, ramp.at(0.55).getOpacity(), EPS);
        assertEquals(1, ramp.at(1).getOpacity(), EPS);
        assertEquals(Color.BLUE.getBlue(), ramp.at(0.8).getBlue(), EPS);
    }

    @Test
    void clampsAndPicksTheNearestStep() {
        assertEquals(0.55, ramp.at(0).getOpacity(), EPS);
        assertEquals(1, ramp.at(7).getOpacity(), EPS);
        // steps are 0.05 apart: 0.62 is nearest 0.60
        assertEquals(0.60, ramp.at(0.62).getOpacity(), EPS);
    }
}
