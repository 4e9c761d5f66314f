package org.crepituslab.framework.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClippedPolylineTest {
    private static List<String> draw(double[]... points) {
        RecordingSink r = new RecordingSink("%.2f");
        ClippedPolyline line = new ClippedPolyline(r, 0, 0, 100, 50);
        line.moveTo(points[0][0], points[0][1]);
        for (int i = 1; i < points.length; i++) {
            line.lineTo(points[i][0], points[i][1]);
        }
        return r.ops;
    }

    @Test
    void aLineInsideIsDrawnUnchangedAsOnePath() {
        assertEquals(List.of("M 10.00 10.00", "L 20.00 20.00", "L 30.00 10.00"),
                draw(new double[] {10, 10}, new double[] {20, 20}, new double[] {30, 10}));
    }

    @Test
    void aLineLeavingAndComingBackIsCutAtTheEdges() {
        // up through the top edge at x = 20, back down through it at x = 40
        assertEquals(List.of("M 10.00 10.00", "L 20.00 0.00", "M 40.00 0.00", "L 50.00 10.00"),
                draw(new double[] {10, 10}, new double[] {30, -10}, new double[] {50, 10}));
    }

    @Test
    void aSegmentCrossingTheWholeRectangleKeepsOnlyItsInside() {
        assertEquals(List.of("M 0.00 25.00", "L 100.00 25.00"), draw(new double[] {-50, 25}, new double[] {150, 25}));
    }

    @Test
    void aLineWhollyOutsideDrawsNothing() {
        assertEquals(List.of(), draw(new double[] {-10, -10}, new double[] {200, -5}, new double[] {300, 80}));
    }

    @Test
    void aGapInTheDataBreaksTheLine() {
        assertEquals(List.of("M 10.00 10.00", "L 20.00 10.00", "M 30.00 10.00", "L 40.00 10.00"),
                draw(new double[] {10, 10}, new double[] {20, 10}, new double[] {Double.NaN, 5},
                        new double[] {30, 10}, new double[] {40, 10}));
    }

    @Test
    void liangBarskyCutsBothEnds() {
        double[] seg = {-10, 5, 110, 5};
        assertTrue(ClippedPolyline.clip(seg, 0, 0, 100, 50));
        assertArrayEquals(new double[] {0, 5, 100, 5}, seg, 1e-12);
        double[] diagonal = {-10, -10, 60, 60};
        assertTrue(ClippedPolyline.clip(diagonal, 0, 0, 100, 50));
        assertArrayEquals(new double[] {0, 0, 50, 50}, diagonal, 1e-12);
        assertFalse(ClippedPolyline.clip(new double[] {-10, 60, 10, 80}, 0, 0, 100, 50));
    }
}
