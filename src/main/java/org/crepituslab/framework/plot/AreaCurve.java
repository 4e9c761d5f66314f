package org.crepituslab.framework.plot;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * A curve through every point (a spectrum), optionally filled down to the plot's floor. Points are
 * clamped into the plot area, so nothing spills out and no canvas clip (a costly mask) is needed.
 */
public final class AreaCurve {
    private static final double LINE_WIDTH = 2;
    private static final double FILL_OPACITY = 0.25;

    private AreaCurve() {
    }

    /** The curve as a line, dashed when dashes are given. */
    public static void stroke(GraphicsContext g, PlotArea a, double[] x, double[] y, Color colour, double... dashes) {
        double[][] pts = pixels(a, x, y, 0);
        strokeLine(g, pts, x.length, colour, dashes);
    }

    /** The curve with the area under it filled in a faint shade of its colour. */
    public static void filled(GraphicsContext g, PlotArea a, double[] x, double[] y, Color colour) {
        int n = x.length;
        double[][] pts = pixels(a, x, y, 2);
        double[] xs = pts[0];
        double[] ys = pts[1];
        xs[n] = xs[n - 1];
        ys[n] = a.bottom();
        xs[n + 1] = xs[0];
        ys[n + 1] = a.bottom();
        g.setFill(colour.deriveColor(0, 1, 1, FILL_OPACITY));
        g.fillPolygon(xs, ys, n + 2);
        strokeLine(g, pts, n, colour);
    }

    private static void strokeLine(GraphicsContext g, double[][] pts, int n, Color colour, double... dashes) {
        g.setStroke(colour);
        g.setLineWidth(LINE_WIDTH);
        g.setLineDashes(dashes);
        g.strokePolyline(pts[0], pts[1], n);
        g.setLineDashes();
    }

    /** Pixel coordinates clamped into the area, with {@code spare} free slots at the end. */
    private static double[][] pixels(PlotArea a, double[] x, double[] y, int spare) {
        int n = x.length;
        double[] xs = new double[n + spare];
        double[] ys = new double[n + spare];
        for (int i = 0; i < n; i++) {
            xs[i] = Math.max(a.left(), Math.min(a.right(), a.px(x[i])));
            ys[i] = a.py(Math.max(a.yMin(), Math.min(a.yMax(), y[i])));
        }
        return new double[][] {xs, ys};
    }
}
