package org.crepituslab.framework.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.crepituslab.framework.CanvasPane;
import org.crepituslab.framework.Palette;

/**
 * A plot legend: entries of a short line swatch (drawn like the series it names) and words, flowing
 * into as many rows as the width needs, so it never runs off the edge at large text sizes. A plot
 * short of room can cap the rows (what does not fit is left out) or shed optional entries.
 */
public final class Legend {
    /** How an entry's swatch is drawn: its line width and dash pattern; {@link #NONE} for words only. */
    public record Swatch(double lineWidth, double... dashes) {
        public static final Swatch LINE = new Swatch(3);
        /** No swatch: the words themselves are drawn in the entry's colour (for a marker named in the text). */
        public static final Swatch NONE = new Swatch(0);

        boolean drawn() {
            return lineWidth > 0;
        }
    }

    private record Entry(String text, Color colour, Swatch swatch, boolean optional) {
    }

    private static final double SWATCH_LENGTH = 16;
    /** Swatch plus the gap before the words. */
    private static final double SWATCH_ROOM = 20;
    private static final double ENTRY_GAP = 12;
    private static final double BACKDROP_OPACITY = 0.85;

    private final List<Entry> entries = new ArrayList<>();
    private final double fontScale;
    private int maxRows = Integer.MAX_VALUE;

    /** @param fontScale the text size as a multiple of the root font */
    public Legend(double fontScale) {
        this.fontScale = fontScale;
    }

    public Legend add(String text, Color colour, Swatch swatch) {
        entries.add(new Entry(text, colour, swatch, false));
        return this;
    }

    /** An entry that may be left out when the plot is short of room (it is also in the accessible text). */
    public Legend addOptional(String text, Color colour, Swatch swatch) {
        entries.add(new Entry(text, colour, swatch, true));
        return this;
    }

    /** At most this many rows; entries that would start a further row are left out. */
    public Legend maxRows(int rows) {
        maxRows = rows;
        return this;
    }

    /** The same legend without its optional entries. */
    public Legend essentials() {
        Legend l = new Legend(fontScale).maxRows(maxRows);
        entries.stream().filter(e -> !e.optional).forEach(l.entries::add);
        return l;
    }

    public static double rowHeight(double fontPx) {
        return fontPx * 1.15;
    }

    /** Rows the legend needs within maxWidth at the current text size (for reserving room). */
    public int rows(double maxWidth) {
        Font font = CanvasPane.font(fontScale);
        int rows = entries.isEmpty() ? 0 : 1;
        double x = 0;
        for (Entry e : entries) {
            double ew = entryWidth(e, font);
            if (x > 0 && x + ew > maxWidth) {
                rows++;
                x = 0;
            }
            x += ew + ENTRY_GAP;
        }
        return Math.min(rows, maxRows);
    }

    private static double entryWidth(Entry e, Font font) {
        return (e.swatch.drawn() ? SWATCH_ROOM : 0) + CanvasPane.textWidth(e.text, font) + 4;
    }

    /** Draws from (x0, y0) within maxWidth, on the plot's own background; returns the y below the last row. */
    public double draw(GraphicsContext g, Palette p, double x0, double y0, double maxWidth) {
        return draw(g, p, x0, y0, maxWidth, false);
    }

    /** Draws over the data, each entry on a translucent panel so the data underneath stays visible. */
    public double drawOverData(GraphicsContext g, Palette p, double x0, double y0, double maxWidth) {
        return draw(g, p, x0, y0, maxWidth, true);
    }

    private double draw(GraphicsContext g, Palette p, double x0, double y0, double maxWidth, boolean backdrop) {
        g.setFont(CanvasPane.font(fontScale));
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        double rowH = rowHeight(CanvasPane.fontPx());
        Color panel = p.panel();
        Color backdropColour = new Color(panel.getRed(), panel.getGreen(), panel.getBlue(), BACKDROP_OPACITY);
        double x = x0;
        double y = y0 + rowH / 2;
        int row = 1;
        for (Entry e : entries) {
            double sw = e.swatch.drawn() ? SWATCH_ROOM : 0;
            double ew = entryWidth(e, g.getFont());
            if (x > x0 && x + ew > x0 + maxWidth) {
                if (++row > maxRows) {
                    break;
                }
                x = x0;
                y += rowH;
            }
            if (backdrop) {
                g.setFill(backdropColour);
                g.fillRect(x - 2, y - rowH / 2, ew + 4, rowH);
            }
            if (e.swatch.drawn()) {
                g.setStroke(e.colour);
                g.setLineWidth(e.swatch.lineWidth());
                g.setLineDashes(e.swatch.dashes());
                g.strokeLine(x, y, x + SWATCH_LENGTH, y);
                g.setLineDashes();
            }
            g.setFill(e.swatch.drawn() ? p.text() : e.colour);
            g.fillText(e.text, x + sw, y, Math.max(10, maxWidth - sw));
            x += ew + ENTRY_GAP;
        }
        return y + rowH / 2;
    }

    /**
     * Lays out a plot with this legend between its title and its area, shedding optional entries and
     * finally putting the legend inside the plot when the area would get too small to read.
     *
     * @param areaWithRows the plot's area when it leaves room for that many legend rows
     */
    public Placed place(IntFunction<PlotArea> areaWithRows, double legendWidth, double minPlotHeight) {
        for (Legend l : List.of(this, essentials())) {
            PlotArea a = areaWithRows.apply(l.rows(legendWidth));
            if (a.height() >= minPlotHeight) {
                return new Placed(a, l, false);
            }
        }
        return new Placed(areaWithRows.apply(0), essentials(), true);
    }

    /** A plot area and the legend that fits with it, above the area or inside it. */
    public record Placed(PlotArea area, Legend legend, boolean inside) {
        /** Draws the legend along the area's width, at legendTop when it sits above the area. */
        public void draw(GraphicsContext g, Palette p, double legendTop) {
            double x = area.left() + 4;
            double w = area.width() - 8;
            if (inside) {
                legend.drawOverData(g, p, x, area.top() + 3, w);
            } else {
                legend.draw(g, p, x, legendTop, w);
            }
        }
    }
}
