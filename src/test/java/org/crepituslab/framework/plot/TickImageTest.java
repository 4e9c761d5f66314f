package org.crepituslab.framework.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

class TickImageTest {
    @Test
    void anOpaqueTickCoversItsPixelsOnlyAndTheRestStaysTransparent() {
        TickImage img = new TickImage();
        img.clear(10, 5);
        img.fill(2, 1, 2, 3, Color.rgb(0, 114, 178));
        assertEquals(0xff0072b2, img.pixel(2, 1));
        assertEquals(0xff0072b2, img.pixel(3, 3));
        assertEquals(0, img.pixel(1, 1), "left of the tick");
        assertEquals(0, img.pixel(4, 1), "right of the tick");
        assertEquals(0, img.pixel(2, 4), "below the tick");
    }

    @Test
    void overlappingTicksBlendSourceOverInPremultipliedColour() {
        TickImage img = new TickImage();
        img.clear(4, 1);
        img.fill(0, 0, 2, 1, Color.color(1, 0, 0, 0.5));
        // half-transparent red over nothing: alpha 128, premultiplied red 128
        assertEquals(0x80800000, img.pixel(0, 0));
        img.fill(1, 0, 2, 1, Color.color(0, 0, 1, 0.5));
        // blue at 0.5 over the red: alpha 128 + 128·127/255, red 128·127/255, blue 128
        assertEquals((128 + 128 * 127 / 255) << 24 | (128 * 127 / 255) << 16 | 128, img.pixel(1, 0));
        assertEquals(0x80000080, img.pixel(2, 0));
        assertEquals(0, img.pixel(3, 0));
    }

    @Test
    void ticksPartlyOutsideAreCutAndAClearStartsAgain() {
        TickImage img = new TickImage();
        img.clear(3, 3);
        img.fill(-2, -2, 3, 3, Color.BLACK);
        img.fill(2, 2, 5, 5, Color.WHITE);
        assertEquals(0xff000000, img.pixel(0, 0));
        assertEquals(0xffffffff, img.pixel(2, 2));
        assertEquals(0, img.pixel(1, 1));
        img.clear(3, 3);
        assertEquals(0, img.pixel(0, 0));
    }
}
