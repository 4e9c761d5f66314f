package org.crepituslab.tendon.view;

import org.crepituslab.framework.CanvasPane;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.crepituslab.framework.Palette;

/**
 * A plot legend that flows into as many rows as the plot's width needs, so it never runs off the
 * edge at large text sizes. Each entry is a short line swatch (solid, dashed, or a marker glyph in
 * the text itself) and its words, on a translucent panel so the data underneath stays visible.
 */
final class Legend {
    enum Swatch { LINE, DASHED, NONE }

    private record Entry(String text, Color colour, Swatch swatch, boolean optional) {
    }

    private final List<Entry> entries = new ArrayList<>();

    Legend add(String text, Color colour, Swatch swatch) {
        entries.add(new Entry(text, colour, swatch, false));
        return this;
    }

    /** An entry that may be left out when the plot is short of room (it is also in the accessible text). */
    Legend addOptional(String text, Color colour, Swatch swatch) {
        entries.add(new Entry(text, colour, swatch, true));
        return this;
    }

    /** The same legend without its optional entries. */
    Legend essentials() {
        Legend l = new Legend();
        entries.stream().filter(e -> !e.optional).forEach(l.entries::add);
        return l;
    }

    /**
     * Lays out a plot with this legend between its title and its area, shedding optional entries and
     * finally putting the legend inside the plot when the area would get too small to read.
     */
    record Placed(PlotFrame frame, Legend legend, boolean inside) {
    }

    Placed place(java.util.function.IntFunction<PlotFrame> frameWithRows, double plotWidth, double minPlotHeight) {
        for (Legend l : List.of(this, essentials())) {
            PlotFrame f = frameWithRows.apply(l.rows(plotWidth));
            if (f.height >= minPlotHeight) {
                return new Placed(f, l, false);
            }
        }
        return new Placed(frameWithRows.apply(0), essentials(), true);
    }

    /** Rows the legend needs within maxWidth at the current text size (for reserving room). */
    int rows(double maxWidth) {
        javafx.scene.text.Font font = CanvasPane.font(0.8);
        int rows = entries.isEmpty() ? 0 : 1;
        double x = 0;
        for (Entry e : entries) {
            double ew = (e.swatch == Swatch.NONE ? 0 : 20) + TextMeasure.width(e.text, font) + 4;
            if (x > 0 && x + ew > maxWidth) {
                rows++;
                x = 0;
            }
            x += ew + 12;
        }
        return rows;
    }

    static double rowHeight(double fp) {
        return fp * 1.15;
    }

    /** Draws from (x, y) within maxWidth; returns the y below the last row. */
    double draw(GraphicsContext g, Palette p, double x0, double y0, double maxWidth, double fp) {
        g.setFont(CanvasPane.font(0.8));
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        double rowH = rowHeight(fp);
        double x = x0;
        double y = y0 + rowH / 2;
        for (Entry e : entries) {
            double sw = e.swatch == Swatch.NONE ? 0 : 20;
            double tw = TextMeasure.width(e.text, g.getFont());
            double ew = sw + tw + 4;
            if (x > x0 && x + ew > x0 + maxWidth) {
                x = x0;
                y += rowH;
            }
            g.setFill(HipCanvas.withAlpha(p.panel(), 0.85));
            g.fillRect(x - 2, y - rowH / 2, ew + 4, rowH);
            if (e.swatch != Swatch.NONE) {
                g.setStroke(e.colour);
                g.setLineWidth(3);
                if (e.swatch == Swatch.DASHED) {
                    g.setLineWidth(1.5);
                    g.setLineDashes(3, 3);
                }
                g.strokeLine(x, y, x + 16, y);
                g.setLineDashes();
            }
            g.setFill(e.swatch == Swatch.NONE ? e.colour : p.text());
            g.fillText(e.text, x + sw, y, Math.max(10, maxWidth - sw));
            x += ew + 12;
        }
        return y + rowH / 2;
    }
}
