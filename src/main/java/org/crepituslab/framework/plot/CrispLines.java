package org.crepituslab.framework.plot;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Paint;

/**
 * Horizontal and vertical lines (grids, borders, dividers) filled as pixel-aligned rectangles
 * instead of stroked. With software rendering a stroked line goes through the anti-aliasing
 * rasteriser, which costs a vertical line one edge per pixel row it crosses; a filled aligned
 * rectangle is a plain span fill. Measured on an 800×456 canvas with 30 grid lines: about
 * 1.2 ms of the renderer's time per frame stroked, 0.1 ms filled (doc/BENCHMARKS.md). The
 * lines land on whole pixels, as a 1 px stroke at a half pixel would.
 */
public final class CrispLines {
    private CrispLines() {
    }

    /** A horizontal line from x0 to x1 at y, {@code width} px thick. */
    public static void horizontal(GraphicsContext g, Paint paint, double x0, double x1, double y, double width) {
        double w = Math.max(1, Math.round(width));
        double top = Math.round(y - w / 2);
        double left = Math.round(Math.min(x0, x1));
        g.setFill(paint);
        g.fillRect(left, top, Math.round(Math.max(x0, x1)) - left + 1, w);
    }

    /** A vertical line from y0 to y1 at x, {@code width} px thick. */
    public static void vertical(GraphicsContext g, Paint paint, double x, double y0, double y1, double width) {
        double w = Math.max(1, Math.round(width));
        double left = Math.round(x - w / 2);
        double top = Math.round(Math.min(y0, y1));
        g.setFill(paint);
        g.fillRect(left, top, w, Math.round(Math.max(y0, y1)) - top + 1);
    }

    /** The outline of a rectangle, {@code width} px thick, centred on its edges as a stroke would be. */
    public static void rectangle(GraphicsContext g, Paint paint, double x, double y, double w, double h, double width) {
        horizontal(g, paint, x, x + w, y, width);
        horizontal(g, paint, x, x + w, y + h, width);
        vertical(g, paint, x, y, y + h, width);
        vertical(g, paint, x + w, y, y + h, width);
    }
}
