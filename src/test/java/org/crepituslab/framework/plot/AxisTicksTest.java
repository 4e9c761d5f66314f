package org.crepituslab.framework.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AxisTicksTest {
    @Test
    void picksOneTwoFiveSpacings() {
        assertEquals(20, AxisTicks.spacing(100, 5), 1e-12);
        assertEquals(0.5, AxisTicks.spacing(2.2, 5), 1e-12);
        assertEquals(1e-4, AxisTicks.spacing(5.3e-4, 5), 1e-16);
        assertEquals(1, AxisTicks.spacing(0, 5));
    }

    @Test
    void listsTheMultiplesOfTheSpacingWithinTheRangeBothEndsIncluded() {
        assertArrayEquals(new double[] {-50, -40, -30, -20, -10, 0}, AxisTicks.values(-50, 0, 10), 1e-12);
        assertArrayEquals(new double[] {0.5, 1.0, 1.5}, AxisTicks.values(0.3, 1.5, 0.5), 1e-12);
        assertEquals(0, AxisTicks.values(1, 0, 1).length);
        assertEquals(10, AxisTicks.spacingFor(100, 250, 25), 1e-12, "one tick per 25 px: ten ticks");
        assertEquals(50, AxisTicks.spacingFor(100, 10, 25), 1e-12, "never fewer than two ticks");
    }

    @Test
    void formatsWithEnoughDecimals() {
        assertEquals("0.50", AxisTicks.format(0.5, 0.05).replace(',', '.'));
        assertEquals("20", AxisTicks.format(20, 10));
        assertEquals("0", AxisTicks.format(-1e-15, 1));
    }
}
