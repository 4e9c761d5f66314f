package org.crepituslab.framework.plot;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.TextAlignment;
import org.crepituslab.framework.Palette;

/**
 * A raster of events over time: the plot's height split into equal lanes on top (one per source,
 * a tick per event) and one lane of a given share at the bottom (a diamond per event). Ticks are
 * filled rectangles, not stroked lines (thousands of strokes a frame cost the software renderer
 * about 8 µs each), painted into a {@link TickImage} drawn in one operation (doc/BENCHMARKS.md).
 */
public final class EventLanes {
    private final PlotArea a;
    private final double laneHeight;
    private final double bottomLaneHeight;

    /** @param bottomShare the bottom lane's share of the plot's height */
    public EventLanes(PlotArea area, int lanes, double bottomShare) {
        this.a = area;
        this.bottomLaneHeight = area.height() * bottomShare;
        this.laneHeight = (area.height() - bottomLaneHeight) / lanes;
    }

    public double bottomLaneHeight() {
        return bottomLaneHeight;
    }

    /** The line between the upper lanes and the bottom lane, and each group's name left of the plot. */
    public void divide(GraphicsContext g, Palette p, String upperName, String bottomName) {
        double dividerY = a.bottom() - bottomLaneHeight;
        CrispLines.horizontal(g, p.axis(), a.left(), a.right(), dividerY, 1);
        g.setFill(p.text());
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(upperName, a.left() - 4, a.top() + (dividerY - a.top()) / 2);
        g.fillText(bottomName, a.left() - 4, a.bottom() - bottomLaneHeight / 2);
    }

    /**
     * A tick {@code width} pixels wide (rounded to whole pixels) at time x in upper lane
     * {@code lane}, painted into a tick image whose top-left corner is the plot area's corner in
     * whole pixels ({@link #imageLeft}, {@link #imageTop}). Its edges fall on whole pixels, as a
     * canvas rectangle's would have to, to stay out of the anti-aliasing rasteriser.
     */
    public void tick(TickImage image, double x, int lane, double width, Color colour) {
        double y = Math.round(a.top() + lane * laneHeight);
        double w = Math.max(1, Math.round(width));
        double bottom = Math.round(a.top() + (lane + 1) * laneHeight);
        image.fill((int) (column(x, width) - imageLeft()), (int) (y + 1 - imageTop()), (int) w,
                (int) Math.max(1, bottom - y - 2), colour);
    }

    /** Where a tick image for this raster's lanes goes: the plot area's corner in whole pixels. */
    public double imageLeft() {
        return Math.floor(a.left());
    }

    public double imageTop() {
        return Math.floor(a.top());
    }

    /** A tick image's size for this raster's lanes, px. */
    public int imageWidth() {
        return (int) Math.ceil(a.right()) - (int) imageLeft() + 1;
    }

    public int imageHeight() {
        return (int) Math.ceil(a.bottom()) - (int) imageTop() + 1;
    }

    /** The whole-pixel column a tick at time x starts in (ticks in one column cover each other). */
    public long column(double x, double width) {
        return Math.round(a.px(x) - Math.max(1, Math.round(width)) / 2);
    }

    /** A diamond of half-width r at time x in the bottom lane. */
    public void diamond(GraphicsContext g, double x, double r, Paint fill) {
        double px = a.px(x);
        double cy = a.bottom() - bottomLaneHeight / 2;
        g.setFill(fill);
        g.fillPolygon(new double[] {px, px + r, px, px - r}, new double[] {cy - r, cy, cy + r, cy}, 4);
    }
}
