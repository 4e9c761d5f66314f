package org.crepituslab.manipulation.view;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.crepituslab.facet.model.LumbarLevel;
import org.crepituslab.framework.CanvasPane;
import org.crepituslab.framework.Palette;
import org.crepituslab.framework.Strings;
import org.crepituslab.framework.plot.AxisTicks;
import org.crepituslab.framework.plot.Legend;
import org.crepituslab.framework.plot.Margins;
import org.crepituslab.framework.plot.PlotArea;
import org.crepituslab.framework.plot.PlotFrame;
import org.crepituslab.framework.plot.SeriesLine;
import org.crepituslab.manipulation.model.ManipulationModel;
import org.crepituslab.manipulation.model.WeekRecord;

/** Weeks of self-adjusting: each segment's laxity (above) and the pops per day (below), week by week. */
final class WeeksPlot extends CanvasPane {
    private final ManipulationModel model;

    WeeksPlot(ManipulationModel model) {
        super(true);
        this.model = model;
        setId("manipulation-weeks");
        setAccessibleText(Strings.get("manipulation.weeks.title"));
        setMinSize(160, 160);
        setPrefSize(360, 300);
    }

    @Override
    protected void draw(GraphicsContext g, Palette p, double w, double h) {
        List<WeekRecord> weeks = model.weeks();
        double fp = fontPx();
        if (weeks.isEmpty()) {
            g.setFont(boldFont(0.9));
            PlotFrame.title(g, p, Strings.get("manipulation.weeks.title"), w - 12);
            g.setFont(font(0.85));
            double y = fp * 1.8;
            for (String line : wrap(Strings.get("manipulation.weeks.empty"), w - 12)) {
                PlotFrame.note(g, p, line, y, w - 12);
                y += fp * 1.1;
            }
            return;
        }
        double half = h / 2;
        double maxLax = 1;
        double maxPops = 1;
        for (WeekRecord r : weeks) {
            maxPops = Math.max(maxPops, r.popsPerDay());
            for (double l : r.laxity()) {
                maxLax = Math.max(maxLax, l);
            }
        }
        // each laxity line is named at its right end rather than in a legend: at large text a
        // legend of five entries would leave no room for the plot or cover its lines
        LumbarLevel[] levels = LumbarLevel.values();
        int n = weeks.size();
        double labelRoom = textWidth("L5-S1", font(0.75)) + 8;
        g.save();
        PlotArea left = area(w, half, n, maxLax * 1.1, labelRoom);
        frame(g, p, left, w, Strings.get("manipulation.weeks.laxity"), Strings.get("manipulation.weeks.laxityAxis"));
        for (LumbarLevel level : levels) {
            line(g, left, weeks, r -> r.laxity(level), p.seriesColor(level.ordinal()));
        }
        endLabels(g, p, left, weeks.get(n - 1));
        g.restore();
        g.save();
        g.translate(0, half);
        PlotArea right = area(w, half, n, maxPops * 1.15, fp * 0.8);
        frame(g, p, right, w, Strings.get("manipulation.weeks.pops"), Strings.get("manipulation.weeks.popsAxis"));
        line(g, right, weeks, WeekRecord::popsPerDay, p.alert());
        g.restore();
    }

    /** The words in lines no wider than maxWidth in the current font. */
    private List<String> wrap(String text, double maxWidth) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String tried = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && textWidth(tried, font(0.85)) > maxWidth) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(tried);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    private static PlotArea area(double w, double h, int weeks, double yMax, double rightMargin) {
        double fp = fontPx();
        return new Margins(fp * 3.4, fp * 1.8, rightMargin, fp * 2.9).area(w, h, 1, Math.max(2, weeks), 0, yMax);
    }

    /** Names each level at the right end of its line, nudged apart so that no two names overlap. */
    private static void endLabels(GraphicsContext g, Palette p, PlotArea a, WeekRecord last) {
        LumbarLevel[] levels = LumbarLevel.values();
        double rowH = Legend.rowHeight(fontPx() * 0.75);
        Integer[] order = new Integer[levels.length];
        double[] y = new double[levels.length];
        for (int i = 0; i < levels.length; i++) {
            order[i] = i;
            y[i] = a.py(last.laxity(levels[i]));
        }
        Arrays.sort(order, (i, j) -> Double.compare(y[i], y[j]));
        double[] placed = new double[levels.length];
        double previous = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < order.length; k++) {
            placed[k] = Math.max(y[order[k]], previous + rowH);
            previous = placed[k];
        }
        // pushed below the area: shift the whole column up, keeping the spacing
        double overflow = placed[order.length - 1] - (a.bottom() + rowH / 2);
        g.setFont(font(0.75));
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        for (int k = 0; k < order.length; k++) {
            double yy = overflow > 0 ? placed[k] - overflow : placed[k];
            g.setFill(p.seriesColor(levels[order[k]].ordinal()));
            g.fillText(levels[order[k]].label(), a.right() + 4, yy);
        }
    }

    private static void frame(GraphicsContext g, Palette p, PlotArea a, double w, String title, String yName) {
        double fp = fontPx();
        g.setFont(boldFont(0.85));
        PlotFrame.title(g, p, title, w - 12);
        g.setFont(font(0.75));
        PlotFrame f = new PlotFrame(g, p, a, w);
        f.yGrid(AxisTicks.spacingFor(a.yMax() - a.yMin(), a.height(), fp * 2));
        f.xGrid(AxisTicks.spacingFor(a.xMax() - a.xMin(), a.width(), fp * 3));
        f.xName(Strings.get("manipulation.weeks.week"), fp * 1.3);
        if (textWidth(yName, font(0.75)) <= a.height()) {
            f.yName(yName, fp * 0.1);
        }
        f.border();
    }

    private static void line(GraphicsContext g, PlotArea a, List<WeekRecord> weeks, ToDoubleFunction<WeekRecord> y,
            Color colour) {
        SeriesLine line = new SeriesLine(g, a);
        for (WeekRecord r : weeks) {
            line.add(r.week(), y.applyAsDouble(r));
        }
        line.stroke(colour, 2);
    }
}
