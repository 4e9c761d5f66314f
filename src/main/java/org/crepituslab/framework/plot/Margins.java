package org.crepituslab.framework.plot;

/**
 * The room a plot leaves around its data for the title, legend, tick labels and axis names, in
 * pixels (callers scale them with the text size so 200 % text still fits).
 */
public record Margins(double left, double top, double right, double bottom) {
    /** The smallest plot side {@link #area} gives, so a cramped plot still maps without dividing by zero. */
    private static final double MIN_SIDE = 10;

    /** The data rectangle's width on a canvas {@code canvasW} wide (may be negative when it does not fit). */
    public double plotWidth(double canvasW) {
        return canvasW - left - right;
    }

    public double plotHeight(double canvasH) {
        return canvasH - top - bottom;
    }

    /** The data rectangle inside these margins showing the given ranges. */
    public PlotArea area(double canvasW, double canvasH, double xMin, double xMax, double yMin, double yMax) {
        return new PlotArea(left, top, Math.max(MIN_SIDE, plotWidth(canvasW)), Math.max(MIN_SIDE, plotHeight(canvasH)),
                xMin, xMax, yMin, yMax);
    }
}
