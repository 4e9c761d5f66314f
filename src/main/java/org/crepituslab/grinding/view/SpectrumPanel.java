package org.crepituslab.grinding.view;

import org.crepituslab.framework.CanvasPane;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.crepituslab.framework.Palette;
import org.crepituslab.framework.Strings;
import org.crepituslab.grinding.sound.Spectrum;

/**
 * The spectrum of the last second of this joint's sound drawn over the spectrum of a clean pop,
 * each relative to its own peak, on a logarithmic frequency axis: grinding is a wide hump below
 * 1 kHz, the pop a narrow peak near 3.3 kHz.
 */
final class SpectrumPanel extends CanvasPane {
    static final double F_LOW = 40;
    static final double F_HIGH = 12_000;
    private static final double DB_RANGE = 50;
    private static final double[] TICKS = {50, 100, 200, 500, 1000, 2000, 5000, 10_000};

    private double[] popDb;
    private double popPeakHz;
    private double[] grindDb;
    private double grindPeakHz;
    private double grindBelow1k;
    private double grindLevelDb;

    SpectrumPanel() {
        super(true);
        setId("grinding-spectrum");
        setPrefSize(380, 260);
    }

    void setPop(Spectrum pop) {
        popDb = relativeDb(pop.bandPower(F_LOW, F_HIGH));
        popPeakHz = pop.peakHz();
        describe();
        redraw();
    }

    /** The last second of this joint; null when it was silent. */
    void setGrind(Spectrum grind, double levelDb) {
        grindDb = grind == null ? null : relativeDb(grind.bandPower(F_LOW, F_HIGH));
        grindPeakHz = grind == null ? 0 : grind.peakHz();
        grindBelow1k = grind == null ? 0 : grind.fractionBelow(1000);
        grindLevelDb = levelDb;
        describe();
        redraw();
    }

    boolean isEmptyPop() {
        return popDb == null;
    }

    boolean showsGrind() {
        return grindDb != null;
    }

    double grindPeakHz() {
        return grindPeakHz;
    }

    private void describe() {
        long pop = Math.round(popPeakHz);
        setAccessibleText(grindDb == null ? Strings.format("grinding.spectrum.accessible.silent", pop)
                : Strings.format("grinding.spectrum.accessible", Math.round(grindPeakHz),
                Math.round(grindBelow1k * 100), pop));
    }

    private static double[] relativeDb(double[] power) {
        double max = 0;
        for (double v : power) {
            max = Math.max(max, v);
        }
        double[] db = new double[power.length];
        for (int i = 0; i < power.length; i++) {
            db[i] = max > 0 && power[i] > 0 ? 10 * Math.log10(power[i] / max) : -DB_RANGE;
        }
        return db;
    }

    @Override
    protected void draw(GraphicsContext g, Palette p, double w, double h) {
        double fontPx = fontPx();
        Font f = font(0.85);
        g.setFont(f);
        double top = fontPx * 4.2;
        double left = textWidth("-50", f) + 10;
        double bottom = fontPx * 2.6;
        double right = 10;
        double pw = w - left - right;
        double ph = h - top - bottom;
        g.setFill(p.text());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.fillText(Strings.get("grinding.spectrum.title") + " (" + Strings.get("grinding.spectrum.db") + ")", 6, 4,
                w - 12);
        legend(g, p, f, 6, 4 + fontPx * 1.3, w);
        g.setFill(p.text());
        g.setTextAlign(TextAlignment.LEFT);
        String note = grindDb == null ? Strings.get("grinding.spectrum.silent")
                : Strings.format("grinding.spectrum.level", Math.round(grindLevelDb));
        g.fillText(note, 6, 4 + fontPx * 2.6, w - 12);
        if (pw < 40 || ph < 30) {
            return;
        }
        // grid
        g.setLineWidth(1);
        g.setTextAlign(TextAlignment.CENTER);
        double lastLabelEnd = -1;
        for (double tick : TICKS) {
            double px = xOf(tick, left, pw);
            g.setStroke(tick == 1000 ? p.axis() : p.grid());
            g.strokeLine(px, top, px, top + ph);
            String label = tick >= 1000 ? (int) (tick / 1000) + "k" : Integer.toString((int) tick);
            double tw = textWidth(label, f);
            if (px - tw / 2 > lastLabelEnd + 4) {
                g.setFill(p.text());
                g.fillText(label, px, top + ph + 2);
                lastLabelEnd = px + tw / 2;
            }
        }
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(Strings.get("grinding.spectrum.axis"), left + pw, top + ph + fontPx * 1.25);
        g.setTextBaseline(VPos.CENTER);
        int dbStep = ph / (DB_RANGE / 10) >= fontPx * 1.2 ? 10 : ph / (DB_RANGE / 25) >= fontPx * 1.2 ? 25 : 50;
        for (int db = 0; db >= -DB_RANGE; db -= dbStep) {
            double py = top + (-db) / DB_RANGE * ph;
            g.setStroke(p.grid());
            g.strokeLine(left, py, left + pw, py);
            g.setFill(p.text());
            g.fillText(Integer.toString(db), left - 4, py);
        }
        g.setStroke(p.axis());
        g.strokeRect(left, top, pw, ph);

        // every point is clamped into the plot rectangle, so no (costly) canvas clip is needed
        g.save();
        if (popDb != null) {
            g.setLineDashes(6, 4);
            curve(g, popDb, p.seriesColor(1), left, top, pw, ph, false);
            g.setLineDashes((double[]) null);
        }
        if (grindDb != null) {
            curve(g, grindDb, p.seriesColor(0), left, top, pw, ph, true);
        }
        g.restore();

    }

    private void legend(GraphicsContext g, Palette p, Font f, double x, double y, double w) {
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        String a = Strings.get("grinding.spectrum.grind");
        String b = Strings.get("grinding.spectrum.pop");
        double cy = y + f.getSize() * 0.6;
        g.setLineWidth(3);
        g.setStroke(p.seriesColor(0));
        g.strokeLine(x, cy, x + 16, cy);
        g.setFill(p.text());
        g.fillText(a, x + 20, y);
        double x2 = x + 20 + textWidth(a, f) + 16;
        if (x2 + 20 + textWidth(b, f) < w) {
            g.setStroke(p.seriesColor(1));
            g.setLineDashes(6, 4);
            g.strokeLine(x2, cy, x2 + 16, cy);
            g.setLineDashes((double[]) null);
            g.fillText(b, x2 + 20, y);
        }
    }

    private static double xOf(double hz, double left, double pw) {
        return left + Math.log(hz / F_LOW) / Math.log(F_HIGH / F_LOW) * pw;
    }

    private static void curve(GraphicsContext g, double[] db, Color colour, double left, double top, double pw,
                              double ph, boolean filled) {
        int n = db.length;
        double[] xs = new double[n + 2];
        double[] ys = new double[n + 2];
        for (int i = 0; i < n; i++) {
            xs[i] = Math.min(left + pw, xOf(Spectrum.bandCentre(F_LOW, i), left, pw));
            ys[i] = top + Math.max(0, Math.min(DB_RANGE, -db[i])) / DB_RANGE * ph;
        }
        if (filled) {
            xs[n] = xs[n - 1];
            ys[n] = top + ph;
            xs[n + 1] = xs[0];
            ys[n + 1] = top + ph;
            g.setFill(colour.deriveColor(0, 1, 1, 0.25));
            g.fillPolygon(xs, ys, n + 2);
        }
        g.setStroke(colour);
        g.setLineWidth(2);
        g.strokePolyline(xs, ys, n);
    }
}
