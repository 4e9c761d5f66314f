package org.crepituslab.framework.plot;

import org.crepituslab.framework.TimeSeries;
import org.crepituslab.framework.Strings;
import org.crepituslab.framework.Palette;
import org.crepituslab.framework.CanvasPane;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import org.crepituslab.framework.plot.AxisTicks;
import org.crepituslab.framework.plot.Legend;
import org.crepituslab.framework.plot.Margins;
import org.crepituslab.framework.plot.PlotArea;
import org.crepituslab.framework.plot.PlotFrame;
import org.crepituslab.framework.plot.SeriesLine;

/**
 * A live, scrolling time-series plot drawn on a Canvas: several series, axes with units and
 * ticks, a legend, and an automatic or fixed y range. Redrawing walks only the visible samples,
 * so it is cheap enough to do every frame.
 */
public final class TimeSeriesGraph extends CanvasPane {
    /** Events marked on the graph (pops), oldest dropped first. */
    private final TimeSeries markers = new TimeSeries("markers", 64);
    private final List<TimeSeries> series = new ArrayList<>();
    private final String title;
    private final String yUnit;
    private final String timeUnit;
    private double window;
    private double timeScale = 1;
    private boolean autoRange = true;
    private double fixedMin;
    private double fixedMax = 1;
    private double yScale = 1;

    /**
     * @param title   axis title, e.g. "Fluid pressure"
     * @param yUnit   unit shown on the y axis, e.g. "kPa"
     * @param window  seconds of time shown
     */
    public TimeSeriesGraph(String title, String yUnit, double window) {
        super(true);
        this.title = title;
        this.yUnit = yUnit;
        this.timeUnit = Strings.get("unit.s");
        this.window = window;
        setAccessibleText(title + " (" + yUnit + ")");
        setMinSize(160, 100);
        setPrefSize(360, 170);
    }

    /** Adds a series and returns it; its colour is the palette's next series colour. */
    public TimeSeries addSeries(String name, int capacity) {
        TimeSeries s = new TimeSeries(name, capacity);
        series.add(s);
        return s;
    }

    public List<TimeSeries> series() {
        return List.copyOf(series);
    }

    public void setFixedRange(double min, double max) {
        autoRange = false;
        fixedMin = min;
        fixedMax = max;
        redraw();
    }

    public void setAutoRange() {
        autoRange = true;
        redraw();
    }

    /** Seconds of time shown across the plot. */
    public void setWindow(double seconds) {
        window = seconds;
        redraw();
    }

    /** Multiplies stored values when drawn, e.g. 1e-3 to show Pa as kPa. */
    public void setValueScale(double scale) {
        yScale = scale;
        redraw();
    }

    /** Multiplies times when drawn, e.g. 1/60 to label the axis in minutes. */
    public void setTimeScale(double scale) {
        timeScale = scale;
        redraw();
    }

    public void clear() {
        series.forEach(TimeSeries::clear);
        markers.clear();
        redraw();
    }

    /** Marks an event (a pop) at simulated time t with a vertical line, so it stays visible as the graph scrolls. */
    public void mark(double time) {
        markers.add(time, 0);
        redraw();
    }


    @Override
    protected void draw(GraphicsContext g, Palette p, double w, double h) {
        double fontPx = fontPx();
        g.setFont(font(0.85));
        // the right margin leaves room for the last x label, centred on the plot's right edge
        Margins margins = new Margins(fontPx * 4.2, fontPx * 1.6 + legendHeight(fontPx), fontPx * 1.4,
                fontPx * 2.4);
        if (margins.plotWidth(w) < 20 || margins.plotHeight(h) < 20) {
            return;
        }

        double tMax = 0;
        for (TimeSeries s : series) {
            tMax = Math.max(tMax, s.lastTime());
        }
        double tMin = Math.max(0, tMax - window);
        tMax = Math.max(tMax, tMin + window);
        double[] range = autoRange ? valueRange(tMin) : new double[] {fixedMin, fixedMax};
        PlotArea area = margins.area(w, h, tMin * timeScale, tMax * timeScale, range[0], range[1]);

        PlotFrame.title(g, p, title + " (" + yUnit + ")", w - 12);
        PlotFrame frame = new PlotFrame(g, p, area, w);
        frame.yGrid(AxisTicks.spacingFor(range[1] - range[0], area.height(), fontPx * 2.5));
        frame.xGrid(AxisTicks.spacingFor(area.xMax() - area.xMin(), area.width(), fontPx * 5));
        frame.xUnit(timeUnitLabel(), fontPx * 1.2);
        frame.border();

        g.setStroke(p.alert());
        g.setLineWidth(1.5);
        g.setLineDashes(4, 3);
        for (int i = 0; i < markers.size(); i++) {
            double t = markers.time(i);
            if (t >= tMin && t <= tMax) {
                double x = area.px(t * timeScale);
                g.strokeLine(x, area.top(), x, area.bottom());
            }
        }
        g.setLineDashes();
        for (int si = 0; si < series.size(); si++) {
            TimeSeries s = series.get(si);
            SeriesLine line = new SeriesLine(g, area);
            for (int i = 0; i < s.size(); i++) {
                double t = s.time(i);
                if (t >= tMin) {
                    line.add(t * timeScale, s.value(i) * yScale);
                }
            }
            line.stroke(p.seriesColor(si), 2);
        }
        if (series.size() > 1) {
            Legend legend = new Legend(0.85).maxRows(1);
            for (int si = 0; si < series.size(); si++) {
                legend.add(series.get(si).name(), p.seriesColor(si), Legend.Swatch.LINE);
            }
            legend.draw(g, p, 8, fontPx * 1.6, w - 16);
        }
    }

    /** The shown values' range from tMin on, padded by 8 % so the line does not touch the frame. */
    private double[] valueRange(double tMin) {
        double yMin = Double.POSITIVE_INFINITY;
        double yMax = Double.NEGATIVE_INFINITY;
        for (TimeSeries s : series) {
            for (int i = 0; i < s.size(); i++) {
                if (s.time(i) >= tMin) {
                    double v = s.value(i) * yScale;
                    if (Double.isFinite(v)) {
                        yMin = Math.min(yMin, v);
                        yMax = Math.max(yMax, v);
                    }
                }
            }
        }
        if (!Double.isFinite(yMin)) {
            yMin = 0;
            yMax = 1;
        }
        double pad = (yMax - yMin) * 0.08;
        if (pad == 0) {
            pad = Math.max(Math.abs(yMax) * 0.1, 1e-9);
        }
        return new double[] {yMin - pad, yMax + pad};
    }

    /** The time axis's unit: seconds, or minutes when times are drawn divided by 60 (an axis without one is a riddle). */
    private String timeUnitLabel() {
        if (timeScale == 1) {
            return timeUnit;
        }
        return Math.abs(timeScale * 60 - 1) < 1e-9 ? Strings.get("unit.min") : "";
    }

    /** The legend's row, with room under it for the top tick label, which is centred on the plot's edge. */
    private double legendHeight(double fontPx) {
        return series.size() > 1 ? fontPx * 1.7 : 0;
    }
}
