package org.crepituslab.tendon.view;

import javafx.scene.AccessibleRole;
import javafx.scene.canvas.GraphicsContext;
import org.crepituslab.framework.CanvasPane;
import org.crepituslab.framework.Palette;
import org.crepituslab.framework.Strings;
import org.crepituslab.framework.plot.ClippedPolyline;
import org.crepituslab.framework.plot.Legend;
import org.crepituslab.framework.plot.Legend.Swatch;
import org.crepituslab.framework.plot.PlotArea;
import org.crepituslab.tendon.model.Landscape;
import org.crepituslab.tendon.model.TendonModel;

/**
 * The energy landscape U(x) at the current hip angle, with a ball for the tendon. As the hip moves,
 * the valley the ball sits in gets shallower and vanishes; the ball then rolls over the crest: the
 * snap. Energies are shown relative to the lowest point on screen (only differences matter).
 */
final class LandscapeCanvas extends CanvasPane {
    /** Side-to-side range shown, metres. */
    static final double HALF_RANGE_M = 7e-3;
    /** Energy range shown, joules: the ridge at full tightness (≈ 90 mJ) fits with room above. */
    static final double ENERGY_RANGE_J = 0.12;
    static final int SAMPLES = 160;

    private final TendonModel model;

    LandscapeCanvas(TendonModel model) {
        super(true);
        this.model = model;
        setId("tendon-landscape");
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        setAccessibleText(Strings.get("tendon.landscape.accessible"));
        setPrefSize(420, 300);
    }

    @Override
    protected void draw(GraphicsContext g, Palette p, double w, double h) {
        double fp = fontPx();
        Landscape l = model.landscape();
        double x0 = model.restPath();
        double uMin = Double.POSITIVE_INFINITY;
        double[] u = new double[SAMPLES + 1];
        for (int i = 0; i <= SAMPLES; i++) {
            u[i] = l.potential(sampleX(i), x0);
            uMin = Math.min(uMin, u[i]);
        }
        boolean two = l.isBistable() && twoValleys(u);
        Legend legend = new Legend(TendonPlot.LEGEND_FONT)
                .add(Strings.get("tendon.landscape.rest"), p.seriesColor(2), Swatch.NONE)
                .addOptional(Strings.get("tendon.landscape.crest"), p.axis(), TendonPlot.THIN_DASHED)
                .addOptional(Strings.get(two ? "tendon.landscape.two" : "tendon.landscape.one"), p.text(), Swatch.NONE);
        Legend.Placed placed = TendonPlot.place(legend, w, h, -HALF_RANGE_M * 1e3, HALF_RANGE_M * 1e3, 0,
                ENERGY_RANGE_J * 1e3);
        PlotArea f = placed.area();
        TendonPlot.frame(g, p, f, w, Strings.get("tendon.landscape.title"), Strings.get("tendon.landscape.title.short"),
                Strings.get("tendon.landscape.x"), Strings.get("tendon.landscape.y"));
        g.save();
        // crest of the ridge
        g.setStroke(p.axis());
        g.setLineWidth(1);
        g.setLineDashes(4, 4);
        g.strokeLine(f.px(0), f.top(), f.px(0), f.bottom());
        g.setLineDashes();
        g.setStroke(p.seriesColor(0));
        g.setLineWidth(2.5);
        g.beginPath();
        ClippedPolyline curve = f.line(g);
        for (int i = 0; i <= SAMPLES; i++) {
            curve.lineTo(f.px(sampleX(i) * 1e3), f.py((u[i] - uMin) * 1e3));
        }
        g.stroke();
        // rest path the spring pulls towards
        double ax = f.px(Math.max(-HALF_RANGE_M, Math.min(HALF_RANGE_M, x0)) * 1e3);
        g.setFill(p.seriesColor(2));
        g.fillPolygon(new double[] {ax - 6, ax + 6, ax}, new double[] {f.bottom(), f.bottom(), f.bottom() - 10}, 3);
        // the ball
        double x = model.tendonXProperty().get();
        double bx = f.px(Math.max(-HALF_RANGE_M, Math.min(HALF_RANGE_M, x)) * 1e3);
        double by = f.py(Math.min(ENERGY_RANGE_J, l.potential(x, x0) - uMin) * 1e3);
        double r = Math.max(6, fp * 0.55);
        g.setFill(p.seriesColor(1));
        g.setStroke(p.text());
        g.setLineWidth(1.5);
        g.fillOval(bx - r, by - 2 * r, 2 * r, 2 * r);
        g.strokeOval(bx - r, by - 2 * r, 2 * r, 2 * r);
        g.restore();

        placed.draw(g, p, TendonPlot.legendTop(fp));
    }

    private static double sampleX(int i) {
        return -HALF_RANGE_M + 2 * HALF_RANGE_M * i / SAMPLES;
    }

    /** True when the sampled curve has two local minima (the user sees two valleys). */
    static boolean twoValleys(double[] u) {
        int minima = 0;
        for (int i = 1; i < u.length - 1; i++) {
            if (u[i] < u[i - 1] && u[i] <= u[i + 1]) {
                minima++;
            }
        }
        return minima >= 2;
    }
}
