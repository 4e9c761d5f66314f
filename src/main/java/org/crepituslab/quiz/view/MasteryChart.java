package org.crepituslab.quiz.view;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.geometry.VPos;
import javafx.scene.AccessibleRole;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.crepituslab.framework.Palette;
import org.crepituslab.framework.Strings;
import org.crepituslab.framework.Themes;

/**
 * Per-topic mastery as horizontal bars with the pass mark as a dashed line. Bars below the pass mark
 * use a second colour and every bar carries its percentage, so nothing rests on colour alone.
 */
final class MasteryChart extends Pane {
    /** One bar: a topic title and its fraction 0..1. */
    record Bar(String title, double fraction, String detail) {
    }

    private final Canvas canvas = new Canvas();
    private final List<Bar> bars = new ArrayList<>();
    private final double passMark;
    // the palette and font properties are static: listen weakly so this chart can be collected
    private final ChangeListener<Object> redraw = (o, a, b) -> draw();

    MasteryChart(List<Bar> data, double passMark) {
        this.passMark = passMark;
        bars.addAll(data);
        getChildren().add(canvas);
        getStyleClass().add("quiz-mastery");
        setAccessibleRole(AccessibleRole.TEXT);
        setAccessibleText(describe());
        Themes.paletteProperty().addListener(new WeakChangeListener<>(redraw));
        Themes.fontPxProperty().addListener(new WeakChangeListener<>(redraw));
        widthProperty().addListener((o, a, b) -> draw());
        setMinHeight(height());
        setPrefHeight(height());
        draw();
    }

    private double rowHeight() {
        return Themes.fontPx() * 2.2;
    }

    private double height() {
        return bars.size() * rowHeight() + Themes.fontPx() * 1.8;
    }

    /** The chart in words, for screen readers and tests. */
    String describe() {
        List<String> parts = new ArrayList<>();
        for (Bar b : bars) {
            parts.add(b.title() + " " + Texts.percent(b.fraction()));
        }
        return Strings.format("quiz.mastery.accessible", String.join("; ", parts), Texts.percent(passMark));
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(Math.max(1, getWidth()));
        canvas.setHeight(height());
        setMinHeight(height());
        setPrefHeight(height());
        draw();
    }

    private void draw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        Palette p = Themes.palette();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        double font = Themes.fontPx();
        double row = rowHeight();
        double labelW = Math.min(w * 0.42, font * 22);
        double valueW = font * 4.5;
        double x0 = labelW + font * 0.6;
        double barW = Math.max(10, w - x0 - valueW);
        g.setFont(Font.font("DejaVu Sans", font));
        g.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            double y = i * row;
            g.setFill(p.text());
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText(fit(g, b.title(), labelW), 0, y + row / 2, labelW);
            g.setFill(p.grid());
            g.fillRect(x0, y + row * 0.2, barW, row * 0.6);
            g.setFill(b.fraction() + 1e-9 >= passMark ? p.seriesColor(0) : p.seriesColor(1));
            g.fillRect(x0, y + row * 0.2, barW * Math.max(0, Math.min(1, b.fraction())), row * 0.6);
            g.setFill(p.text());
            g.setFont(Font.font("DejaVu Sans", FontWeight.BOLD, font));
            g.fillText(Texts.percent(b.fraction()), x0 + barW + font * 0.4, y + row / 2);
            g.setFont(Font.font("DejaVu Sans", font));
        }
        double px = x0 + barW * passMark;
        g.setStroke(p.axis());
        g.setLineWidth(Math.max(1.5, font / 8));
        g.setLineDashes(font / 3, font / 4);
        g.strokeLine(px, 0, px, bars.size() * row);
        g.setLineDashes();
        g.setFill(p.axis());
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText(Strings.format("quiz.mastery.passMark", Texts.percent(passMark)), Math.min(Math.max(px, font * 5),
                w - font * 5), bars.size() * row + font * 0.8);
    }

    /** Shortens a title with an ellipsis so it fits its column. */
    private static String fit(GraphicsContext g, String text, double width) {
        javafx.scene.text.Text probe = new javafx.scene.text.Text(text);
        probe.setFont(g.getFont());
        if (probe.getLayoutBounds().getWidth() <= width) {
            return text;
        }
        String s = text;
        while (s.length() > 1) {
            s = s.substring(0, s.length() - 1);
            probe.setText(s + "\u2026");
            if (probe.getLayoutBounds().getWidth() <= width) {
                return s + "\u2026";
            }
        }
        return s;
    }

    List<Bar> bars() {
        return bars;
    }
}
