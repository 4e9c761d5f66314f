package org.crepituslab.framework.plot;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;
import org.crepituslab.framework.CanvasPane;
import org.crepituslab.framework.Palette;

/**
 * What surrounds a plot's data: the title, grid lines with their tick labels, the axis names and
 * the border. Text is drawn in the font the caller has set, so each plot keeps its own text size.
 */
public final class PlotFrame {
    /** Where a plot's title starts, from the canvas's top-left corner. */
    private static final double TITLE_X = 6;
    private static final double TITLE_Y = 4;
    /** Gap between the plot and the y tick labels to its left. */
    private static final double LABEL_GAP = 4;
    /** Gap between the plot and the x tick labels under it. */
    private static final double X_LABEL_DROP = 3;
    /** Gap between two x tick labels below which the second is left out. */
    private static final double LABEL_SPACE = 4;

    private final GraphicsContext g;
    private final Palette p;
    private final PlotArea a;
    private final double canvasW;

    public PlotFrame(GraphicsContext g, Palette p, PlotArea area, double canvasWidth) {
        this.g = g;
        this.p = p;
        this.a = area;
        this.canvasW = canvasWidth;
    }

    /** The title in the top-left corner, squeezed into maxWidth if it is longer. */
    public static void title(GraphicsContext g, Palette p, String text, double maxWidth) {
        note(g, p, text, TITLE_Y, maxWidth);
    }

    /** A line of text aligned with the title, its top at y (a reading under the title). */
    public static void note(GraphicsContext g, Palette p, String text, double y, double maxWidth) {
        g.setFill(p.text());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.fillText(text, TITLE_X, y, maxWidth);
    }

    /** The title, or its short form when the full one does not fit in maxWidth. */
    public static void title(GraphicsContext g, Palette p, String text, String shortText, double maxWidth) {
        String shown = CanvasPane.textWidth(text, g.getFont()) <= maxWidth ? text : shortText;
        title(g, p, shown, maxWidth);
    }

    /** Horizontal grid lines at multiples of {@code spacing}, labelled left of the plot. */
    public void yGrid(double spacing) {
        g.setLineWidth(1);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (double y : AxisTicks.values(a.yMin(), a.yMax(), spacing)) {
            double py = a.py(y);
            CrispLines.horizontal(g, p.grid(), a.left(), a.right(), py, 1);
            g.setFill(p.text());
            g.fillText(AxisTicks.format(y, spacing), a.left() - LABEL_GAP, py);
        }
    }

    /** Vertical grid lines at multiples of {@code spacing}, labelled below the plot. */
    public void xGrid(double spacing) {
        double[] values = AxisTicks.values(a.xMin(), a.xMax(), spacing);
        String[] labels = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            labels[i] = AxisTicks.format(values[i], spacing);
        }
        xGrid(values, labels);
    }

    /**
     * Vertical grid lines at the given x values, each labelled below the plot. A label that would
     * run into the one before it, or be cut by the canvas's edge, is left out rather than drawn.
     */
    public void xGrid(double[] values, String[] labels) {
        g.setLineWidth(1);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        double lastLabelEnd = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < values.length; i++) {
            double px = a.px(values[i]);
            CrispLines.vertical(g, p.grid(), px, a.top(), a.bottom(), 1);
            double half = CanvasPane.textWidth(labels[i], g.getFont()) / 2;
            if (px - half > lastLabelEnd + LABEL_SPACE && px + half <= canvasW - 1) {
                g.setFill(p.text());
                g.fillText(labels[i], px, a.bottom() + X_LABEL_DROP);
                lastLabelEnd = px + half;
            }
        }
    }

    /** A unit under the right end of the x axis, {@code below} pixels under the plot. */
    public void xUnit(String unit, double below) {
        g.setFill(p.text());
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.TOP);
        g.fillText(unit, a.right(), a.bottom() + below);
    }

    /** The x axis's name centred under the plot, but kept inside the canvas when it is wider than the plot. */
    public void xName(String name, double below) {
        g.setFill(p.text());
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        double room = canvasW - 8;
        double labelW = Math.min(CanvasPane.textWidth(name, g.getFont()), room);
        double cx = Math.max(4 + labelW / 2, Math.min(canvasW - 4 - labelW / 2, a.left() + a.width() / 2));
        g.fillText(name, cx, a.bottom() + below, room);
    }

    /** The y axis's name running up the canvas's left edge, {@code fromEdge} pixels in, clear of the tick labels. */
    public void yName(String name, double fromEdge) {
        g.save();
        g.translate(fromEdge, a.top() + a.height() / 2);
        g.rotate(-90);
        g.setFill(p.text());
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        g.fillText(name, 0, 0, a.height());
        g.restore();
    }

    /** The one-pixel rectangle round the data. */
    public void border() {
        CrispLines.rectangle(g, p.axis(), a.left(), a.top(), a.width(), a.height(), 1);
    }
}
