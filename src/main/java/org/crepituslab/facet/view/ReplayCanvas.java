package org.crepituslab.facet.view;

import java.util.function.IntToDoubleFunction;
import javafx.geometry.VPos;
import javafx.scene.AccessibleRole;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.crepituslab.facet.model.FacetConstants;
import org.crepituslab.facet.model.PopTrace;
import org.crepituslab.facet.model.SoundExplanation;
import org.crepituslab.facet.model.SoundPath;
import org.crepituslab.facet.sound.HeardPop;
import org.crepituslab.framework.plot.AxisTicks;
import org.crepituslab.framework.CanvasPane;
import org.crepituslab.framework.Palette;
import org.crepituslab.framework.Strings;

/**
 * The slow-motion replay's picture: the bubble at its recorded radius on the left, and on the
 * right the radius and the radiated sound pressure against time in ms, with the moments the
 * explanations credit (formation, collapse) marked and the one the chosen explanation hears
 * shaded and labelled with how loud it alone is at the listening distance. Everything up to the replay time is drawn strongly, the rest faintly.
 */
final class ReplayCanvas extends CanvasPane {
    private PopTrace trace;
    private double time;
    private SoundExplanation explanation = SoundExplanation.PARTIAL_COLLAPSE;
    /** The heard moment's level at the listening distance, dB SPL, for this trace and explanation. */
    private double heardDb;
    private PopTrace levelTrace;
    private SoundExplanation levelExplanation;

    ReplayCanvas() {
        super(false);
        setId("facet-replay-canvas");
        setMinSize(240, 160);
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        setAccessibleText(Strings.get("facet.replay.graph"));
        setAccessibleHelp(Strings.get("facet.replay.help"));
    }

    void show(PopTrace t, double seconds, SoundExplanation e) {
        trace = t;
        time = seconds;
        explanation = e;
        if (t != null && (t != levelTrace || e != levelExplanation)) {
            // once per pop and explanation, not every frame
            heardDb = HeardPop.of(t, e, SoundPath.LISTENING_DISTANCE).peakDbSpl();
            levelTrace = t;
            levelExplanation = e;
        }
        redraw();
    }

    @Override
    protected void draw(GraphicsContext g, Palette p, double w, double h) {
        g.setFill(p.panel());
        g.fillRect(0, 0, w, h);
        if (trace == null) {
            return;
        }
        int now = Math.min(trace.size() - 1, (int) Math.floor(time / trace.dt()));
        double side = Math.min(h, w * 0.3);
        drawBubble(g, p, now, side, h);
        drawGraph(g, p, now, side + 10, 0, w - side - 10, h);
    }

    private void drawBubble(GraphicsContext g, Palette p, int now, double side, double h) {
        double cx = side / 2;
        double cy = h / 2;
        double scale = side * 0.42 / trace.maxRadius();
        double r = Math.max(1, trace.radius(now) * scale);
        g.setFill(p.fluid());
        g.fillRect(4, cy - side / 2 + 4, side - 8, side - 8);
        g.setFill(p.gas());
        g.fillOval(cx - r, cy - r, 2 * r, 2 * r);
        g.setStroke(p.text());
        g.setLineWidth(1.5);
        g.strokeOval(cx - r, cy - r, 2 * r, 2 * r);
        Font f = font(0.85);
        g.setFont(f);
        g.setFill(p.text());
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(Strings.format("facet.replay.time", String.format(Strings.locale(), "%.3f", trace.time(now) * 1e3)),
                cx, cy + side / 2 - 6, side - 8);
        g.setTextBaseline(VPos.TOP);
        g.fillText(String.format(Strings.locale(), "R = %.3f mm", trace.radius(now) * 1e3), cx, cy - side / 2 + 6,
                side - 8);
    }

    private void drawGraph(GraphicsContext g, Palette p, int now, double x0, double y0, double w, double h) {
        Font f = font(0.8);
        double fs = f.getSize();
        double left = x0 + fs * 4;
        double right = x0 + w - fs * 4;
        double top = y0 + fs * 4.6;
        double bottom = y0 + h - fs * 2.6;
        if (right - left < 40 || bottom - top < 40) {
            return;
        }
        double tMax = trace.duration() * 1e3;
        double rMin = Double.MAX_VALUE;
        double rMax = 0;
        double aMin = 0;
        double aMax = 0;
        for (int i = 0; i < trace.size(); i++) {
            rMin = Math.min(rMin, trace.radius(i) * 1e3);
            rMax = Math.max(rMax, trace.radius(i) * 1e3);
            double a = trace.acousticPressure(i, FacetConstants.LISTENER_DISTANCE);
            aMin = Math.min(aMin, a);
            aMax = Math.max(aMax, a);
        }
        if (rMax - rMin < 1e-6) {
            rMax = rMin + 1e-3;
        }
        double aSpan = Math.max(Math.max(Math.abs(aMin), Math.abs(aMax)), 1e-9);
        g.setFont(f);
        // the heard moment, shaded
        double[] window = trace.heardInterval(explanation);
        double sx0 = left + (window[0] * 1e3 / tMax) * (right - left);
        double sx1 = left + (window[1] * 1e3 / tMax) * (right - left);
        Color accent = p.seriesColor(4);
        g.setFill(Color.color(accent.getRed(), accent.getGreen(), accent.getBlue(), 0.25));
        g.fillRect(sx0, top, Math.max(2, sx1 - sx0), bottom - top);
        // axes and ticks
        g.setStroke(p.axis());
        g.setLineWidth(1);
        g.strokeRect(left, top, right - left, bottom - top);
        g.setFill(p.text());
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.CENTER);
        double xs = AxisTicks.spacing(tMax, Math.max(2, (int) ((right - left) / (fs * 5))));
        for (double t = 0; t <= tMax + 1e-12; t += xs) {
            double px = left + t / tMax * (right - left);
            g.setStroke(p.grid());
            g.strokeLine(px, top, px, bottom);
            g.fillText(AxisTicks.format(t, xs), px, bottom + 3);
        }
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(Strings.get("facet.replay.axis"), right, bottom + fs * 1.3);
        g.setTextBaseline(VPos.CENTER);
        double rs = AxisTicks.spacing(rMax - rMin, 4);
        for (double r = Math.ceil(rMin / rs) * rs; r <= rMax + 1e-12; r += rs) {
            double py = bottom - (r - rMin) / (rMax - rMin) * (bottom - top);
            g.setFill(p.seriesColor(0));
            g.fillText(AxisTicks.format(r, rs), left - 4, py);
        }
        g.setTextAlign(TextAlignment.LEFT);
        double as = AxisTicks.spacing(2 * aSpan, 4);
        for (double a = Math.ceil(-aSpan / as) * as; a <= aSpan + 1e-12; a += as) {
            double py = bottom - (a + aSpan) / (2 * aSpan) * (bottom - top);
            g.setFill(p.seriesColor(1));
            g.fillText(AxisTicks.format(a, as), right + 4, py);
        }
        // legend
        g.setTextBaseline(VPos.TOP);
        g.setFill(p.seriesColor(0));
        g.fillText(Strings.get("facet.replay.radius"), left, y0 + 2);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setFill(p.seriesColor(1));
        g.fillText(Strings.get("facet.replay.sound"), right, y0 + 2);
        // curves: faint in full, strong up to now
        for (int pass = 0; pass < 2; pass++) {
            int end = pass == 0 ? trace.size() - 1 : now;
            double alpha = pass == 0 ? 0.25 : 1;
            curve(g, p.seriesColor(1), alpha, end, left, right, top, bottom, tMax, i -> {
                double a = trace.acousticPressure(i, FacetConstants.LISTENER_DISTANCE);
                return (a + aSpan) / (2 * aSpan);
            });
            double lo = rMin;
            double span = rMax - rMin;
            curve(g, p.seriesColor(0), alpha, end, left, right, top, bottom, tMax, i -> (trace.radius(i) * 1e3 - lo) / span);
        }
        // the two moments the explanations credit, and the cursor
        marker(g, p, trace.time(trace.firstMaxIndex()) * 1e3, Strings.get("facet.replay.formation"), left, right, top,
                bottom, tMax, f, 0);
        marker(g, p, trace.time(trace.firstMinIndex()) * 1e3, Strings.get("facet.replay.collapse"), left, right, top,
                bottom, tMax, f, 1);
        double cx = left + trace.time(now) * 1e3 / tMax * (right - left);
        g.setStroke(p.text());
        g.setLineWidth(1.5);
        g.strokeLine(cx, top, cx, bottom);
        g.setFill(p.text());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BOTTOM);
        String heard = Strings.format("facet.replay.heard", Strings.get("facet.explanation." + explanation.id() + ".short"),
                String.format(Strings.locale(), "%.0f", heardDb),
                String.format(Strings.locale(), "%.0f", SoundPath.LISTENING_DISTANCE * 100));
        g.fillText(heard, Math.min(sx0 + 3, right - textWidth(heard, f)), bottom - 3);
    }

    private void curve(GraphicsContext g, Color c, double alpha, int end, double left, double right, double top,
                       double bottom, double tMax, IntToDoubleFunction y) {
        g.setStroke(Color.color(c.getRed(), c.getGreen(), c.getBlue(), alpha));
        g.setLineWidth(2);
        g.beginPath();
        for (int i = 0; i <= end; i++) {
            double px = left + trace.time(i) * 1e3 / tMax * (right - left);
            double py = bottom - y.applyAsDouble(i) * (bottom - top);
            if (i == 0) {
                g.moveTo(px, py);
            } else {
                g.lineTo(px, py);
            }
        }
        g.stroke();
    }

    private void marker(GraphicsContext g, Palette p, double tMs, String name, double left, double right, double top,
                        double bottom, double tMax, Font f, int row) {
        double px = left + tMs / tMax * (right - left);
        g.setStroke(p.axis());
        g.setLineWidth(1);
        g.setLineDashes(4, 3);
        g.strokeLine(px, top, px, bottom);
        g.setLineDashes(null);
        g.setFill(p.text());
        g.setTextBaseline(VPos.BOTTOM);
        double tw = textWidth(name, f);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText(name, Math.max(left, Math.min(right - tw, px + 2)), top - 2 - row * f.getSize() * 1.1);
    }
}
