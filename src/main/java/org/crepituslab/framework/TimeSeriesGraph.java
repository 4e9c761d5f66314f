package org.crepituslab.framework;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;

/**
 * A live, scrolling time-series plot drawn on a Canvas: several series, axes with units and
 * ticks, a legend, and an automatic or fixed y range. Redrawing walks only the visible samples,
 * so it is cheap enough to do every frame.
 */
public final class TimeSeriesGraph extends CanvasPane {
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
        redraw();
    }


    @Override
    protected void draw(GraphicsContext g, Palette p, double w, double h) {
        double fontPx = fontPx();
        g.setFont(font(0.85));

        double left = fontPx * 4.2;
        double right = fontPx * 1.4; // room for the last x label, centred on the right edge
        double top = fontPx * 1.6 + legendHeight(fontPx);
        double bottom = fontPx * 2.4;
        double pw = w - left - right;
        double ph = h - top - bottom;
        if (pw < 20 || ph < 20) {
            return;
        }

        double tMax = 0;
        for (TimeSeries s : series) {
            tMax = Math.max(tMax, s.lastTime());
        }
        double tMin = Math.max(0, tMax - window);
        tMax = Math.max(tMax, tMin + window);

        double yMin = fixedMin;
        double yMax = fixedMax;
        if (autoRange) {
            yMin = Double.POSITIVE_INFINITY;
            yMax = Double.NEGATIVE_INFINITY;
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
            yMin -= pad;
            yMax += pad;
        }

        // title
        g.setFill(p.text());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.fillText(title + " (" + yUnit + ")", 6, 4);

        // grid + y ticks
        double ySpacing = AxisTicks.spacing(yMax - yMin, Math.max(2, (int) (ph / (fontPx * 2.5))));
        g.setLineWidth(1);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (double y = Math.ceil(yMin / ySpacing) * ySpacing; y <= yMax + 1e-12; y += ySpacing) {
            double py = top + ph - (y - yMin) / (yMax - yMin) * ph;
            g.setStroke(p.grid());
            g.strokeLine(left, py, left + pw, py);
            g.setFill(p.text());
            g.fillText(AxisTicks.format(y, ySpacing), left - 4, py);
        }
        // x ticks
        double xs0 = tMin * timeScale;
        double xs1 = tMax * timeScale;
        double xSpacing = AxisTicks.spacing(xs1 - xs0, Math.max(2, (int) (pw / (fontPx * 5))));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (double x = Math.ceil(xs0 / xSpacing) * xSpacing; x <= xs1 + 1e-12; x += xSpacing) {
            double px = left + (x - xs0) / (xs1 - xs0) * pw;
            g.setStroke(p.grid());
            g.strokeLine(px, top, px, top + ph);
            g.setFill(p.text());
            g.fillText(AxisTicks.format(x, xSpacing), px, top + ph + 3);
        }
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(timeUnitLabel(), left + pw, top + ph + fontPx * 1.2);
        g.setStroke(p.axis());
        g.strokeRect(left, top, pw, ph);

        // series, cut to the plot rectangle
        g.save();
        g.setLineWidth(2);
        for (int si = 0; si < series.size(); si++) {
            TimeSeries s = series.get(si);
            g.setStroke(p.seriesColor(si));
            g.beginPath();
            ColumnReducer line = new ColumnReducer(new ClippedPolyline(g, left, top, pw, ph));
            for (int i = 0; i < s.size(); i++) {
                double t = s.time(i);
                if (t < tMin) {
                    continue;
                }
                double v = s.value(i) * yScale;
                double px = left + (t - tMin) / (tMax - tMin) * pw;
                double py = top + ph - (v - yMin) / (yMax - yMin) * ph;
                line.add(px, py);
            }
            line.flush();
            g.stroke();
        }
        g.restore();
        drawLegend(g, p, fontPx, w);
    }

    private String timeUnitLabel() {
        return timeScale == 1 ? timeUnit : "";
    }

    private double legendHeight(double fontPx) {
        return series.size() > 1 ? fontPx * 1.3 : 0;
    }

    private void drawLegend(GraphicsContext g, Palette p, double fontPx, double w) {
        if (series.size() < 2) {
            return;
        }
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        double x = 8;
        double y = fontPx * 1.6 + fontPx * 0.55;
        for (int si = 0; si < series.size(); si++) {
            g.setStroke(p.seriesColor(si));
            g.setLineWidth(3);
            g.strokeLine(x, y, x + 14, y);
            g.setFill(p.text());
            String name = series.get(si).name();
            g.fillText(name, x + 18, y);
            x += 18 + textWidth(name, g.getFont()) + 14;
            if (x > w - 40) {
                break;
            }
        }
    }



}
