package org.crepituslab.grinding.view;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import org.crepituslab.framework.CanvasPane;
import org.crepituslab.framework.Palette;
import org.crepituslab.framework.Strings;
import org.crepituslab.framework.plot.AreaCurve;
import org.crepituslab.framework.plot.Legend;
import org.crepituslab.framework.plot.Margins;
import org.crepituslab.framework.plot.PlotArea;
import org.crepituslab.framework.plot.PlotFrame;
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
    private static final String[] TICK_LABELS = {"50", "100", "200", "500", "1k", "2k", "5k", "10k"};
    /** The clean pop is dashed, in the plot and in its legend swatch. */
    private static final double[] POP_DASHES = {6, 4};

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
        Margins margins = new Margins(textWidth("-50", f) + 10, fontPx * 4.2, 10, fontPx * 2.6);
        PlotFrame.title(g, p, Strings.get("grinding.spectrum.title") + " (" + Strings.get("grinding.spectrum.db") + ")",
                w - 12);
        new Legend(0.85).maxRows(1)
                .add(Strings.get("grinding.spectrum.grind"), p.seriesColor(0), Legend.Swatch.LINE)
                .add(Strings.get("grinding.spectrum.pop"), p.seriesColor(1), new Legend.Swatch(3, POP_DASHES))
                .draw(g, p, 6, 4 + fontPx * 1.3, w - 12);
        g.setFont(f);
        String note = grindDb == null ? Strings.get("grinding.spectrum.silent")
                : Strings.format("grinding.spectrum.level", Math.round(grindLevelDb));
        PlotFrame.note(g, p, note, 4 + fontPx * 2.6, w - 12);
        if (margins.plotWidth(w) < 40 || margins.plotHeight(h) < 30) {
            return;
        }
        PlotArea area = margins.area(w, h, F_LOW, F_HIGH, -DB_RANGE, 0).withLogX();
        PlotFrame frame = new PlotFrame(g, p, area, w);
        frame.xGrid(TICKS, TICK_LABELS);
        // 1 kHz, the line between grinding's hump and the pop's peak, stands out from the grid
        g.setStroke(p.axis());
        g.strokeLine(area.px(1000), area.top(), area.px(1000), area.bottom());
        frame.xUnit(Strings.get("grinding.spectrum.axis"), fontPx * 1.25);
        frame.yGrid(area.height() / (DB_RANGE / 10) >= fontPx * 1.2 ? 10
                : area.height() / (DB_RANGE / 25) >= fontPx * 1.2 ? 25 : 50);
        frame.border();

        if (popDb != null) {
            AreaCurve.stroke(g, area, bandCentres(popDb.length), popDb, p.seriesColor(1), POP_DASHES);
        }
        if (grindDb != null) {
            AreaCurve.filled(g, area, bandCentres(grindDb.length), grindDb, p.seriesColor(0));
        }
    }

    private static double[] bandCentres(int bands) {
        double[] hz = new double[bands];
        for (int i = 0; i < bands; i++) {
            hz[i] = Spectrum.bandCentre(F_LOW, i);
        }
        return hz;
    }
}
