package org.crepituslab.framework.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PlotAreaTest {
    private final PlotArea area = new PlotArea(50, 20, 200, 100, 0, 10, -1, 1);

    @Test
    void mapsTheRangesOntoTheRectangleWithYUp() {
        assertEquals(50, area.px(0), 1e-12);
        assertEquals(250, area.px(10), 1e-12);
        assertEquals(120, area.py(-1), 1e-12);
        assertEquals(20, area.py(1), 1e-12);
        assertEquals(70, area.py(0), 1e-12);
        assertEquals(250, area.right(), 1e-12);
        assertEquals(120, area.bottom(), 1e-12);
    }

    @Test
    void aLogarithmicXPutsEqualRatiosAtEqualDistances() {
        PlotArea log = new PlotArea(0, 0, 300, 100, 10, 10_000, 0, 1).withLogX();
        assertEquals(0, log.px(10), 1e-9);
        assertEquals(100, log.px(100), 1e-9);
        assertEquals(200, log.px(1000), 1e-9);
        assertEquals(300, log.px(10_000), 1e-9);
    }

    @Test
    void containsOnlyPointsInsideTheRectangle() {
        assertTrue(area.contains(50, 20));
        assertTrue(area.contains(250, 120));
        assertFalse(area.contains(49, 60));
        assertFalse(area.contains(100, 121));
    }

    @Test
    void marginsLeaveTheRestForTheDataAndNeverLessThanTenPixels() {
        Margins m = new Margins(40, 30, 10, 20);
        assertEquals(350, m.plotWidth(400), 1e-12);
        assertEquals(150, m.plotHeight(200), 1e-12);
        PlotArea a = m.area(400, 200, 0, 1, 0, 1);
        assertEquals(40, a.left(), 1e-12);
        assertEquals(30, a.top(), 1e-12);
        assertEquals(350, a.width(), 1e-12);
        assertEquals(150, a.height(), 1e-12);
        assertEquals(10, m.area(30, 30, 0, 1, 0, 1).width(), 1e-12);
    }
}
