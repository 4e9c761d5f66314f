package org.crepituslab.grinding.view;

import java.util.Arrays;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import org.crepituslab.framework.CanvasPane;
import org.crepituslab.framework.Palette;
import org.crepituslab.framework.Strings;
import org.crepituslab.framework.plot.AxisTicks;
import org.crepituslab.framework.plot.EventLanes;
import org.crepituslab.framework.plot.Margins;
import org.crepituslab.framework.plot.OpacityRamp;
import org.crepituslab.framework.plot.PlotArea;
import org.crepituslab.framework.plot.PlotFrame;
import org.crepituslab.framework.plot.TickImage;
import org.crepituslab.grinding.model.GrindEvent;
import org.crepituslab.grinding.model.GrindingModel;

/**
 * A raster of the recent events on the same time window as the friction graph: one row per
 * contact patch for slips (a tick, darker for more energy), one row below for spur catches
 * (diamonds). Healthy joints leave it empty; advanced wear fills it.
 */
final class EventRaster extends CanvasPane {
    /** The opacity of the weakest slip's tick; the strongest is opaque. */
    private static final double FAINTEST = 0.55;
    private static final int SHADES = 10;
    /** The catch lane's share of the raster's height. */
    private static final double CATCH_SHARE = 0.3;

    private final GrindingModel model;
    private final double window;
    /** The slips' ticks, painted as one image (thousands of them). */
    private final TickImage ticks = new TickImage();
    /** The strongest slip per lane and pixel column (lane × columns), reused frame to frame. */
    private GrindEvent[] strongest = new GrindEvent[0];
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

    @Override
    protected void draw(GraphicsContext g, Palette p, double w, double h) {
        double fontPx = fontPx();
        Font f = font(0.85);
        g.setFont(f);
        String slipsLabel = Strings.get("grinding.raster.slips");
        String catchesLabel = Strings.get("grinding.raster.catches");
        Margins margins = new Margins(Math.max(textWidth(slipsLabel, f), textWidth(catchesLabel, f)) + 12,
                fontPx * 1.6, 8, fontPx * 1.6);
        PlotFrame.title(g, p, Strings.format("grinding.raster.title", (int) window), w - 12);
        if (margins.plotWidth(w) < 20 || margins.plotHeight(h) < 12) {
            return;
        }
        double t0 = Math.max(0, model.time() - window);
        double t1 = t0 + window;
        PlotArea area = margins.area(w, h, t0, t1, 0, 1);
        PlotFrame frame = new PlotFrame(g, p, area, w);
        frame.xGrid(AxisTicks.spacingFor(window, area.width(), fontPx * 5));
        frame.border();
        EventLanes lanes = new EventLanes(area, model.patchCount(), CATCH_SHARE);
        lanes.divide(g, p, slipsLabel, catchesLabel);

        int[] counts = new int[2]; // slips, catches
        double tick = Math.max(1.5, fontPx * 0.12);
        double diamond = Math.min(lanes.bottomLaneHeight() * 0.4, fontPx * 0.6);
        OpacityRamp shades = new OpacityRamp(p.seriesColor(0), FAINTEST, SHADES);
        // one tick per lane and pixel column, the strongest slip's: an advanced joint leaves
        // thousands of slips in the window, which cover each other on a few hundred columns
        int cols = lanes.imageWidth();
        int cells = model.patchCount() * cols;
        if (strongest.length != cells) {
            strongest = new GrindEvent[cells];
        } else {
            Arrays.fill(strongest, null);
        }
        model.eventLog().forEachBetween(t0, t1, e -> {
            if (e.kind() == GrindEvent.Kind.SLIP) {
                counts[0]++;
                int col = (int) (lanes.column(e.timeS(), tick) - lanes.imageLeft());
                int cell = e.source() * cols + Math.max(0, Math.min(cols - 1, col));
                if (e.source() >= 0 && e.source() < model.patchCount()
                        && (strongest[cell] == null || e.energyJ() > strongest[cell].energyJ())) {
                    strongest[cell] = e;
                }
            } else {
                counts[1]++;
                lanes.diamond(g, e.timeS(), diamond, p.alert());
            }
        });
        ticks.clear(lanes.imageWidth(), lanes.imageHeight());
        for (GrindEvent e : strongest) {
            if (e == null) {
                continue;
            }
            // darker for stronger slips: 0.2 µJ faint … 50 µJ full
            lanes.tick(ticks, e.timeS(), e.source(), tick, shades.at((Math.log10(e.energyJ()) + 6.7) / 2.4));
        }
        ticks.drawTo(g, lanes.imageLeft(), lanes.imageTop());
        shownSlips = counts[0];
        shownCatches = counts[1];
        setAccessibleText(Strings.format("grinding.raster.accessible", (int) window, counts[0], counts[1]));
    }
}
