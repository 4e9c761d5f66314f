package org.crepituslab.framework.plot;

import javafx.scene.canvas.GraphicsContext;

/**
 * A polyline cut to a plot rectangle before it reaches the canvas. {@code GraphicsContext.clip()}
 * makes the software renderer draw a mask and blend the whole canvas through it on every frame
 * (a quarter of a frame's rendering on the facet screen at 1920×1080); cutting the segments
 * ourselves (Liang–Barsky) draws exactly the same lines for the cost of a few comparisons.
 */
public final class ClippedPolyline {
    /** Where the clipped path goes: a canvas, or a recorder in tests. */
    public interface Sink {
        void moveTo(double x, double y);

        void lineTo(double x, double y);
    }

    private final Sink sink;
    private final double x0;
    private final double y0;
    private final double x1;
    private final double y1;
    private double lastX = Double.NaN;
    private double lastY = Double.NaN;
    /** True when the sink's current point is the end of the last visible segment. */
    private boolean penDown;
    private final double[] seg = new double[4];
    private final double[] range = new double[2];

    public ClippedPolyline(GraphicsContext g, double left, double top, double width, double height) {
        this(new Sink() {
            @Override
            public void moveTo(double x, double y) {
                g.moveTo(x, y);
            }

            @Override
            public void lineTo(double x, double y) {
                g.lineTo(x, y);
            }
        }, left, top, width, height);
    }

    public ClippedPolyline(Sink sink, double left, double top, double width, double height) {
        this.sink = sink;
        this.x0 = left;
        this.y0 = top;
        this.x1 = left + width;
        this.y1 = top + height;
    }

    /** Starts a new run of the line at a point (drawn only once a segment from it is visible). */
    public void moveTo(double x, double y) {
        boolean finite = Double.isFinite(x) && Double.isFinite(y);
        lastX = finite ? x : Double.NaN;
        lastY = finite ? y : Double.NaN;
        penDown = false;
    }

    /** Continues the line; only the part inside the rectangle reaches the sink. */
    public void lineTo(double x, double y) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            // a gap in the data breaks the line
            moveTo(Double.NaN, Double.NaN);
            return;
        }
        if (Double.isNaN(lastX)) {
            moveTo(x, y);
            return;
        }
        // one reused segment: a plot draws thousands of them a frame, and an array each was garbage
        double[] seg = this.seg;
        seg[0] = lastX;
        seg[1] = lastY;
        seg[2] = x;
        seg[3] = y;
        boolean startsInside = contains(lastX, lastY);
        lastX = x;
        lastY = y;
        if (!clip(seg, x0, y0, x1, y1, range)) {
            penDown = false;
            return;
        }
        if (!penDown || !startsInside) {
            sink.moveTo(seg[0], seg[1]);
        }
        sink.lineTo(seg[2], seg[3]);
        penDown = seg[2] == x && seg[3] == y;
    }

    public boolean contains(double x, double y) {
        return x >= x0 && x <= x1 && y >= y0 && y <= y1;
    }

    /**
     * Liang–Barsky: cuts the segment {@code seg = {ax, ay, bx, by}} to the rectangle in place.
     *
     * @return false when no part of the segment is inside
     */
    static boolean clip(double[] seg, double left, double top, double right, double bottom) {
        return clip(seg, left, top, right, bottom, new double[2]);
    }

    /** {@link #clip(double[], double, double, double, double)} with a reused two-element scratch array. */
    static boolean clip(double[] seg, double left, double top, double right, double bottom, double[] t) {
        double ax = seg[0];
        double ay = seg[1];
        double dx = seg[2] - ax;
        double dy = seg[3] - ay;
        // the four edges as (p, q) pairs, without new arrays: this runs for every segment of every plot
        t[0] = 0;
        t[1] = 1;
        if (!edge(-dx, ax - left, t) || !edge(dx, right - ax, t) || !edge(-dy, ay - top, t)
                || !edge(dy, bottom - ay, t)) {
            return false;
        }
        if (t[1] < 1) {
            seg[2] = ax + t[1] * dx;
            seg[3] = ay + t[1] * dy;
        }
        if (t[0] > 0) {
            seg[0] = ax + t[0] * dx;
            seg[1] = ay + t[0] * dy;
        }
        return true;
    }

    /** One edge of Liang–Barsky: narrows t = {t0, t1}; false when the segment is wholly outside. */
    private static boolean edge(double p, double q, double[] t) {
        if (p == 0) {
            return q >= 0;
        }
        double r = q / p;
        if (p < 0) {
            t[0] = Math.max(t[0], r);
        } else {
            t[1] = Math.min(t[1], r);
        }
        return t[0] <= t[1];
    }
}
