package org.crepituslab.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ModelViewTransformTest {
    @Test
    void mapsMetresToPixelsWithYUpAndBack() {
        ModelViewTransform t = new ModelViewTransform(1000, 100, 200);
        assertEquals(101, t.toViewX(0.001), 1e-9);
        assertEquals(199, t.toViewY(0.001), 1e-9);
        assertEquals(0.001, t.toModelX(101), 1e-12);
        assertEquals(0.001, t.toModelY(199), 1e-12);
        assertEquals(0.5, t.toModelDistance(500), 1e-12);
    }

    @Test
    void fitCentresTheModelRectangle() {
        ModelViewTransform t = ModelViewTransform.fit(-0.01, 0.01, -0.005, 0.005, 400, 400);
        assertEquals(20000, t.pixelsPerMetre(), 1e-9);
        assertEquals(200, t.toViewX(0), 1e-9);
        assertEquals(200, t.toViewY(0), 1e-9);
        assertEquals(100, t.toViewY(0.005), 1e-9);
    }

    @Test
    void rejectsNonPositiveScale() {
        assertThrows(IllegalArgumentException.class, () -> new ModelViewTransform(0, 0, 0));
    }
}
