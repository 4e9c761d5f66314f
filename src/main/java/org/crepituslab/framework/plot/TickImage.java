package org.crepituslab.framework.plot;

import java.nio.IntBuffer;
import java.util.Arrays;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * Many small solid rectangles (an event raster's ticks) painted into one transparent image, which
 * is then drawn onto the canvas in one operation. Each rectangle drawn on a canvas is a command
 * the renderer replays every frame; an advanced joint leaves a few thousand ticks in its window, and
 * replaying them cost the renderer about 2.8 ms per frame, more than the rest of the screen's plots
 * (doc/BENCHMARKS.md). Rectangles are blended "source over" in whole pixels, as the canvas
 * would blend whole-pixel rectangles, so the picture is the same.
 */
public final class TickImage {
    private static final PixelFormat<IntBuffer> FORMAT = PixelFormat.getIntArgbPreInstance();
    private WritableImage image;
    private int[] pixels = new int[0];
    private int width;
    private int height;

    /** Starts a new, fully transparent image of w × h pixels (reused while the size stays). */
    public void clear(int w, int h) {
        width = Math.max(1, w);
        height = Math.max(1, h);
        if (pixels.length != width * height) {
            pixels = new int[width * height];
        } else {
            Arrays.fill(pixels, 0);
        }
    }

    /** Blends a rectangle of colour c over what is there, in pixels from the image's top-left corner. */
    public void fill(int x, int y, int w, int h, Color c) {
        int x0 = Math.max(0, x);
        int y0 = Math.max(0, y);
        int x1 = Math.min(width, x + w);
        int y1 = Math.min(height, y + h);
        if (x0 >= x1 || y0 >= y1) {
            return;
        }
        double a = c.getOpacity();
        int sa = (int) Math.round(a * 255);
        int sr = (int) Math.round(c.getRed() * a * 255);
        int sg = (int) Math.round(c.getGreen() * a * 255);
        int sb = (int) Math.round(c.getBlue() * a * 255);
        int keep = 255 - sa;
        for (int row = y0; row < y1; row++) {
            int at = row * width;
            for (int col = x0; col < x1; col++) {
                int d = pixels[at + col];
                int da = d >>> 24;
                int dr = (d >>> 16) & 0xff;
                int dg = (d >>> 8) & 0xff;
                int db = d & 0xff;
                // premultiplied source over: out = src + dst × (1 − src alpha)
                pixels[at + col] = (sa + da * keep / 255) << 24 | (sr + dr * keep / 255) << 16
                        | (sg + dg * keep / 255) << 8 | (sb + db * keep / 255);
            }
        }
    }

    /** A pixel as premultiplied ARGB (for tests). */
    int pixel(int x, int y) {
        return pixels[y * width + x];
    }

    /** Draws the image with its top-left corner at (x, y) on the canvas. */
    public void drawTo(GraphicsContext g, double x, double y) {
        if (image == null || image.getWidth() != width || image.getHeight() != height) {
            image = new WritableImage(width, height);
        }
        image.getPixelWriter().setPixels(0, 0, width, height, FORMAT, pixels, 0, width);
        g.drawImage(image, x, y);
    }
}
