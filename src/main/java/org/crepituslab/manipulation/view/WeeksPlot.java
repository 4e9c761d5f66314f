package org.crepituslab.manipulation.view;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.ToDoubleFunction;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
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
import org.crepituslab.manipulation.model.SpinalLevel;
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
        Legend legend = new Legend(0.75);
        SpinalLevel[] levels = SpinalLevel.values();
        for (SpinalLevel level : levels) {
            legend.add(level.label(), p.seriesColor(level.ordinal()), Legend.Swatch.LINE);
        }
        int n = weeks.size();
        g.save();
        Legend.Placed left = place(legend, w, half, n, maxLax * 1.1);
        frame(g, p, left.area(), w, Strings.get("manipulation.weeks.laxity"), Strings.get("manipulation.weeks.laxityAxis"));
        for (SpinalLevel level : levels) {
            line(g, left.area(), weeks, r -> r.laxity(level), p.seriesColor(level.ordinal()));
        }
        left.draw(g, p, fp * 1.8);
        g.restore();
        g.save();
        g.translate(0, half);
        PlotArea right = place(new Legend(0.75), w, half, n, maxPops * 1.15).area();
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

    private static Legend.Placed place(Legend legend, double w, double h, int weeks, double yMax) {
        double fp = fontPx();
        IntFunction<PlotArea> withRows = rows -> new Margins(fp * 3.4, fp * 1.8 + rows * Legend.rowHeight(fp * 0.75)
                + (rows > 0 ? 4 : 0), fp * 0.8, fp * 2.9).area(w, h, 1, Math.max(2, weeks), 0, yMax);
        return legend.place(withRows, w - fp * 4.2 - 8, fp * 3);
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
        f.yName(yName, fp * 0.1);
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
