package org.crepituslab.framework.plot;

import javafx.scene.canvas.GraphicsContext;

/**
 * The rectangle a plot's data is drawn in, in canvas pixels, and the data ranges it shows: the one
 * place a plot turns data into pixels. The x axis is linear, or logarithmic for frequencies.
 */
public final class PlotArea {
    private final double left;
    private final double top;
    private final double width;
    private final double height;
    private final double xMin;
    private final double xMax;
    private final double yMin;
    private final double yMax;
    private final boolean logX;

    public PlotArea(double left, double top, double width, double height, double xMin, double xMax, double yMin,
                    double yMax) {
        this(left, top, width, height, xMin, xMax, yMin, yMax, false);
    }

    private PlotArea(double left, double top, double width, double height, double xMin, double xMax, double yMin,
                     double yMax, boolean logX) {
        this.left = left;
        this.top = top;
        this.width = width;
        this.height = height;
        this.xMin = xMin;
        this.xMax = xMax;
        this.yMin = yMin;
        this.yMax = yMax;
        this.logX = logX;
    }

    /** The same area with x on a logarithmic scale (xMin must be positive). */
    public PlotArea withLogX() {
        return new PlotArea(left, top, width, height, xMin, xMax, yMin, yMax, true);
    }

    public double px(double x) {
        double f = logX ? Math.log(x / xMin) / Math.log(xMax / xMin) : (x - xMin) / (xMax - xMin);
        return left + f * width;
    }

    public double py(double y) {
        return top + height - (y - yMin) / (yMax - yMin) * height;
    }

    public boolean contains(double px, double py) {
        return px >= left && px <= left + width && py >= top && py <= top + height;
    }

    /** A path on {@code g} cut to this rectangle (cheaper than a canvas clip, see {@link ClippedPolyline}). */
    public ClippedPolyline line(GraphicsContext g) {
        return new ClippedPolyline(g, left, top, width, height);
    }

    public double left() {
        return left;
    }

    public double top() {
        return top;
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    public double right() {
        return left + width;
    }

    public double bottom() {
        return top + height;
    }

    public double xMin() {
        return xMin;
    }

    public double xMax() {
        return xMax;
    }

    public double yMin() {
        return yMin;
    }

    public double yMax() {
        return yMax;
    }
}
