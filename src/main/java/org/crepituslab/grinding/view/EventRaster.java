package org.crepituslab.grinding.view;

import org.crepituslab.framework.CanvasPane;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.crepituslab.framework.AxisTicks;
import org.crepituslab.framework.Palette;
import org.crepituslab.framework.Strings;
import org.crepituslab.grinding.model.GrindEvent;
import org.crepituslab.grinding.model.GrindingModel;

/**
 * A raster of the recent events on the same time window as the friction graph: one row per
 * contact patch for slips (a tick, darker for more energy), one row below for spur catches
 * (diamonds). Healthy joints leave it empty; advanced wear fills it.
 */
final class EventRaster extends CanvasPane {
    private final GrindingModel model;
    private final double window;
    private int shownSlips;
    private int shownCatches;

    EventRaster(GrindingModel model, double windowSeconds) {
        super(true);
        this.model = model;
        this.window = windowSeconds;
        setId("grinding-raster");
        setPrefSize(560, 120);
    }

    /** Slips drawn in the last redraw, for tests and the accessible text. */
    int shownSlips() {
        return shownSlips;
    }

    int shownCatches() {
        return shownCatches;
    }

    /** The opacity of the weakest slip's tick; the strongest is opaque. */
    private static final double FAINTEST = 0.55;
    private static final int SHADES = 10;

    /** The tick opacities from {@link #FAINTEST} to 1, made once per redraw rather than once per tick. */
    private static Color[] slipShades(Color c) {
        Color[] shades = new Color[SHADES];
        for (int i = 0; i < SHADES; i++) {
            shades[i] = c.deriveColor(0, 1, 1, FAINTEST + (1 - FAINTEST) * i / (SHADES - 1));
        }
        return shades;
    }

    @Override
    protected void draw(GraphicsContext g, Palette p, double w, double h) {
        double fontPx = fontPx();
        Font f = font(0.85);
        g.setFont(f);
        String title = Strings.format("grinding.raster.title", (int) window);
        String slipsLabel = Strings.get("grinding.raster.slips");
        String catchesLabel = Strings.get("grinding.raster.catches");
        double left = Math.max(textWidth(slipsLabel, f), textWidth(catchesLabel, f)) + 12;
        double top = fontPx * 1.6;
        double bottom = fontPx * 1.6;
        double right = 8;
        double pw = w - left - right;
        double ph = h - top - bottom;
        g.setFill(p.text());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.fillText(title, 6, 4, w - 12);
        if (pw < 20 || ph < 12) {
            return;
        }
        double now = model.time();
        double t0 = Math.max(0, now - window);
        double t1 = t0 + window;
        int patches = model.patchCount();
        double catchRow = ph * 0.3;
        double slipH = (ph - catchRow) / patches;

        g.setStroke(p.grid());
        g.setLineWidth(1);
        double spacing = AxisTicks.spacing(window, Math.max(2, (int) (pw / (fontPx * 5))));
        g.setTextAlign(TextAlignment.CENTER);
        for (double x = Math.ceil(t0 / spacing) * spacing; x <= t1 + 1e-9; x += spacing) {
            double px = left + (x - t0) / window * pw;
            g.strokeLine(px, top, px, top + ph);
            String label = AxisTicks.format(x, spacing);
            // a label that would be cut by the canvas edge is left out rather than clipped
            if (px + textWidth(label, f) / 2 <= w - 1) {
                g.setFill(p.text());
                g.fillText(label, px, top + ph + 2);
            }
        }
        g.setStroke(p.axis());
        g.strokeRect(left, top, pw, ph);
        g.strokeLine(left, top + ph - catchRow, left + pw, top + ph - catchRow);
        g.setFill(p.text());
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(slipsLabel, left - 4, top + (ph - catchRow) / 2);
        g.fillText(catchesLabel, left - 4, top + ph - catchRow / 2);

        List<GrindEvent> events = model.eventLog().between(t0, t1);
        int slips = 0;
        int catches = 0;
        // each tick is a filled rectangle, not a stroked line: thousands of strokes a frame cost the
        // software renderer about 8 µs each, rectangles under 1 µs (doc/BENCHMARKS.md)
        double tick = Math.max(1.5, fontPx * 0.12);
        Color[] shades = slipShades(p.seriesColor(0));
        for (GrindEvent e : events) {
            double px = left + (e.timeS() - t0) / window * pw;
            if (e.kind() == GrindEvent.Kind.SLIP) {
                slips++;
                // darker for stronger slips: 0.2 µJ faint … 50 µJ full
                double strength = Math.max(FAINTEST, Math.min(1, (Math.log10(e.energyJ()) + 6.7) / 2.4));
                g.setFill(shades[(int) Math.round((strength - FAINTEST) / (1 - FAINTEST) * (SHADES - 1))]);
                double y = top + e.source() * slipH;
                g.fillRect(px - tick / 2, y + 1, tick, slipH - 2);
            } else {
                catches++;
                double cy = top + ph - catchRow / 2;
                double r = Math.min(catchRow * 0.4, fontPx * 0.6);
                g.setFill(p.alert());
                g.fillPolygon(new double[]{px, px + r, px, px - r}, new double[]{cy - r, cy, cy + r, cy}, 4);
            }
        }
        shownSlips = slips;
        shownCatches = catches;
        setAccessibleText(Strings.format("grinding.raster.accessible", (int) window, slips, catches));
    }
}
