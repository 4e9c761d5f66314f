package org.crepituslab.framework.plot;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Paint;

/**
 * One data series drawn as a line whose x only grows (a time series): points go in data units,
 * are thinned to at most four per pixel column ({@link ColumnReducer}) and cut to the plot area
 * ({@link ClippedPolyline}), so a dense history costs what the pixels can show and needs no canvas clip.
 */
public final class SeriesLine {
    private final GraphicsContext g;
    private final PlotArea area;
    private final ColumnReducer reducer;

    /** Starts a new path on {@code g}. */
    public SeriesLine(GraphicsContext g, PlotArea area) {
        this.g = g;
        this.area = area;
        g.beginPath();
        reducer = new ColumnReducer(area.line(g));
    }

    /** The next point, in data units; x must not decrease. A non-finite y breaks the line. */
    public void add(double x, double y) {
        reducer.add(area.px(x), area.py(y));
    }

    /** Strokes the whole line; call once after the last point. */
    public void stroke(Paint colour, double width) {
        reducer.flush();
        g.setStroke(colour);
        g.setLineWidth(width);
        g.stroke();
    }
}
