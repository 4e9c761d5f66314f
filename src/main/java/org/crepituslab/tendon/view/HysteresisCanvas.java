package org.crepituslab.tendon.view;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.AccessibleRole;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.crepituslab.framework.CanvasPane;
import org.crepituslab.framework.Palette;
import org.crepituslab.framework.Strings;
import org.crepituslab.framework.plot.ClippedPolyline;
import org.crepituslab.framework.plot.Legend;
import org.crepituslab.framework.plot.Legend.Swatch;
import org.crepituslab.framework.plot.PlotArea;
import org.crepituslab.tendon.model.Landscape;
import org.crepituslab.tendon.model.RestPath;
import org.crepituslab.tendon.model.SnapDirection;
import org.crepituslab.tendon.model.SnapEvent;
import org.crepituslab.tendon.model.TendonConstants;
import org.crepituslab.tendon.model.TendonModel;

/**
 * Tendon position against hip angle. Grey: every equilibrium of the landscape (solid where it is a
 * valley, dashed where it is the crest's hill top), an S-shaped curve once the tendon is tight
 * enough. Coloured: the path the tendon really took, by direction; it runs along one branch past the
 * other's start, then drops to the other branch: the two drops enclose the hysteresis loop.
 */
final class HysteresisCanvas extends CanvasPane {
    static final double X_HALF_RANGE_MM = 7;
    static final int MAX_MARKERS = 40;

    private final TendonModel model;
    private final TraceBuffer trace;
    private final List<SnapEvent> markers = new ArrayList<>();

    HysteresisCanvas(TendonModel model, TraceBuffer trace) {
        super(true);
        this.model = model;
        this.trace = trace;
        setId("tendon-loop");
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        setAccessibleText(Strings.get("tendon.loop.accessible"));
        setPrefSize(420, 300);
    }

    void addMarker(SnapEvent e) {
        markers.add(e);
        if (markers.size() > MAX_MARKERS) {
            markers.remove(0);
        }
    }

    void clearMarkers() {
        markers.clear();
    }

    int markerCount() {
        return markers.size();
    }

    @Override
    protected void draw(GraphicsContext g, Palette p, double w, double h) {
        double fp = fontPx();
        double aMin = Math.toDegrees(TendonConstants.HIP_MIN_RAD);
        double aMax = Math.toDegrees(TendonConstants.HIP_MAX_RAD);
        Legend.Placed placed = TendonPlot.place(legend(p), w, h, aMin, aMax, -X_HALF_RANGE_MM, X_HALF_RANGE_MM);
        PlotArea f = placed.area();
        TendonPlot.frame(g, p, f, w, Strings.get("tendon.loop.title"), Strings.get("tendon.loop.title.short"),
                Strings.get("tendon.loop.x"), Strings.get("tendon.loop.y"));
        g.save();
        drawBranches(g, p, f);
        drawTrace(g, p, f);
        for (SnapEvent e : markers) {
            g.setStroke(colour(p, e.direction()));
            g.setLineWidth(2);
            double mx = f.px(e.hipAngleDeg());
            double my = f.py(0);
            double r = Math.max(4, fp * 0.35);
            if (f.contains(mx, my)) {
                g.strokeOval(mx - r, my - r, 2 * r, 2 * r);
            }
        }
        double cx = f.px(Math.toDegrees(model.hipAngleProperty().get()));
        double cy = f.py(model.tendonXProperty().get() * 1e3);
        double r = Math.max(5, fp * 0.45);
        if (f.contains(cx, cy)) {
            g.setFill(p.text());
            g.fillOval(cx - r, cy - r, 2 * r, 2 * r);
        }
        g.restore();
        placed.draw(g, p, TendonPlot.legendTop(fp));
    }

    private void drawBranches(GraphicsContext g, Palette p, PlotArea f) {
        Landscape l = model.landscape();
        double tilt = model.effectiveTiltRad();
        int n = 240;
        g.setStroke(p.axis());
        g.setLineWidth(1.5);
        // one path per run of stable (solid) or unstable (dashed) equilibria: a handful of strokes, not hundreds
        boolean runStable = true;
        g.beginPath();
        ClippedPolyline line = f.line(g);
        for (int i = 0; i <= n; i++) {
            double xm = (-X_HALF_RANGE_MM + 2 * X_HALF_RANGE_MM * i / n) * 1e-3;
            double angle = Math.toDegrees(RestPath.hipAngleFor(l.restPathForEquilibrium(xm), tilt));
            boolean stable = l.curvature(xm) > 0;
            double px = f.px(angle);
            double py = f.py(xm * 1e3);
            if (i == 0) {
                runStable = stable;
                line.moveTo(px, py);
                continue;
            }
            line.lineTo(px, py);
            if (stable != runStable) {
                strokeRun(g, runStable);
                runStable = stable;
                g.beginPath();
                line.moveTo(px, py);
            }
        }
        strokeRun(g, runStable);
        g.setLineDashes();
    }

    private static void strokeRun(GraphicsContext g, boolean solid) {
        if (solid) {
            g.setLineDashes();
        } else {
            g.setLineDashes(3, 4);
        }
        g.stroke();
    }

    private void drawTrace(GraphicsContext g, Palette p, PlotArea f) {
        if (trace.size() < 2) {
            return;
        }
        g.setLineWidth(2.5);
        // one polyline per run of the same direction: cheap to rasterise even with thousands of samples
        int runDir = 0;
        g.beginPath();
        ClippedPolyline line = f.line(g);
        line.moveTo(f.px(Math.toDegrees(trace.angle(0))), f.py(trace.x(0) * 1e3));
        for (int i = 1; i < trace.size(); i++) {
            int d = trace.direction(i);
            double px = f.px(Math.toDegrees(trace.angle(i)));
            double py = f.py(trace.x(i) * 1e3);
            if (d != 0 && d != runDir && runDir != 0) {
                g.setStroke(colour(p, runDir > 0 ? SnapDirection.FLEXING : SnapDirection.EXTENDING));
                g.stroke();
                g.beginPath();
                line.moveTo(f.px(Math.toDegrees(trace.angle(i - 1))), f.py(trace.x(i - 1) * 1e3));
            }
            if (d != 0) {
                runDir = d;
            }
            line.lineTo(px, py);
        }
        g.setStroke(colour(p, runDir >= 0 ? SnapDirection.FLEXING : SnapDirection.EXTENDING));
        g.stroke();
    }

    private static Legend legend(Palette p) {
        return new Legend(TendonPlot.LEGEND_FONT)
                .add(Strings.get("tendon.loop.flexing"), colour(p, SnapDirection.FLEXING), Swatch.LINE)
                .add(Strings.get("tendon.loop.extending"), colour(p, SnapDirection.EXTENDING), Swatch.LINE)
                .addOptional(Strings.get("tendon.loop.valley"), p.axis(), Swatch.LINE)
                .addOptional(Strings.get("tendon.loop.hilltop"), p.axis(), TendonPlot.THIN_DASHED);
    }

    static Color colour(Palette p, SnapDirection d) {
        return d == SnapDirection.FLEXING ? p.seriesColor(0) : p.seriesColor(1);
    }
}
