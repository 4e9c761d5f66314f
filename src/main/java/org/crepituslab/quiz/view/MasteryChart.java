package org.crepituslab.quiz.view;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.AccessibleRole;
import javafx.scene.canvas.GraphicsContext;
import org.crepituslab.framework.CanvasPane;
import org.crepituslab.framework.Palette;
import org.crepituslab.framework.Strings;
import org.crepituslab.framework.plot.HorizontalBars;

/**
 * Per-topic mastery as horizontal bars with the pass mark as a dashed line. Bars below the pass mark
 * use a second colour and every bar carries its percentage, so nothing rests on colour alone.
 */
final class MasteryChart extends CanvasPane {
    /** One bar: a topic title and its fraction 0..1. */
    record Bar(String title, double fraction, String detail) {
    }

    private final List<Bar> bars = new ArrayList<>();
    private final double passMark;

    MasteryChart(List<Bar> data, double passMark) {
        super(false);
        this.passMark = passMark;
        bars.addAll(data);
        getStyleClass().add("quiz-mastery");
        setAccessibleRole(AccessibleRole.TEXT);
        setAccessibleText(describe());
        setMinWidth(0);
        fitHeight();
    }

    /** The chart is as tall as its rows at the current text size. */
    private void fitHeight() {
        double h = HorizontalBars.height(bars.size());
        setMinHeight(h);
        setPrefHeight(h);
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
        fitHeight();
        super.layoutChildren();
    }

    @Override
    protected void draw(GraphicsContext g, Palette p, double w, double h) {
        List<HorizontalBars.Bar> rows = new ArrayList<>();
        for (Bar b : bars) {
            rows.add(new HorizontalBars.Bar(b.title(), b.fraction(), Texts.percent(b.fraction()),
                    b.fraction() + 1e-9 >= passMark ? p.seriesColor(0) : p.seriesColor(1)));
        }
        HorizontalBars.draw(g, p, w, rows, passMark,
                Strings.format("quiz.mastery.passMark", Texts.percent(passMark)));
    }

    List<Bar> bars() {
        return bars;
    }
}
