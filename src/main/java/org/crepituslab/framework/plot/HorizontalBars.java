package org.crepituslab.framework.plot;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.crepituslab.framework.CanvasPane;
import org.crepituslab.framework.Palette;

/**
 * Horizontal bars, one row each: a label (shortened with an ellipsis to fit its column), a track,
 * the bar for a fraction 0..1, and its value in words; a dashed mark across all rows (a pass mark)
 * with its caption below. Every bar carries its value in words, so nothing rests on colour alone.
 */
public final class HorizontalBars {
    /** One row: its label, fraction 0..1, value as shown, and bar colour. */
    public record Bar(String label, double fraction, String value, Color colour) {
    }

    private static final String ELLIPSIS = "\u2026";

    private HorizontalBars() {
    }

    /** Height of one row at the current text size. */
    public static double rowHeight() {
        return CanvasPane.fontPx() * 2.2;
    }

    /** Height of the chart: its rows and the mark's caption. */
    public static double height(int rows) {
        return rows * rowHeight() + CanvasPane.fontPx() * 1.8;
    }

    public static void draw(GraphicsContext g, Palette p, double w, List<Bar> bars, double mark, String markCaption) {
        double font = CanvasPane.fontPx();
        double row = rowHeight();
        double labelW = Math.min(w * 0.42, font * 22);
        double valueW = font * 4.5;
        double x0 = labelW + font * 0.6;
        double barW = Math.max(10, w - x0 - valueW);
        Font plain = CanvasPane.font(1);
        Font bold = CanvasPane.boldFont(1);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            double y = i * row;
            g.setFont(plain);
            g.setFill(p.text());
            g.fillText(fit(b.label(), plain, labelW), 0, y + row / 2, labelW);
            g.setFill(p.grid());
            g.fillRect(x0, y + row * 0.2, barW, row * 0.6);
            g.setFill(b.colour());
            g.fillRect(x0, y + row * 0.2, barW * Math.max(0, Math.min(1, b.fraction())), row * 0.6);
            g.setFill(p.text());
            g.setFont(bold);
            g.fillText(b.value(), x0 + barW + font * 0.4, y + row / 2);
        }
        double px = x0 + barW * mark;
        g.setStroke(p.axis());
        g.setLineWidth(Math.max(1.5, font / 8));
        g.setLineDashes(font / 3, font / 4);
        g.strokeLine(px, 0, px, bars.size() * row);
        g.setLineDashes();
        g.setFont(plain);
        g.setFill(p.axis());
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText(markCaption, Math.min(Math.max(px, font * 5), w - font * 5), bars.size() * row + font * 0.8);
    }

    /** The text, shortened with an ellipsis so it fits the width. */
    static String fit(String text, Font font, double width) {
        if (CanvasPane.textWidth(text, font) <= width) {
            return text;
        }
        String s = text;
        while (s.length() > 1) {
            s = s.substring(0, s.length() - 1);
            if (CanvasPane.textWidth(s + ELLIPSIS, font) <= width) {
                return s + ELLIPSIS;
            }
        }
        return s;
    }
}
