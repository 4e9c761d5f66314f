package org.crepituslab.walking.view;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import org.crepituslab.facet.model.LumbarLevel;
import org.crepituslab.framework.CanvasPane;
import org.crepituslab.framework.Palette;
import org.crepituslab.framework.Strings;
import org.crepituslab.framework.plot.HorizontalBars;
import org.crepituslab.framework.plot.PlotFrame;
import org.crepituslab.walking.model.Causes;
import org.crepituslab.walking.model.GaitCycle;
import org.crepituslab.walking.model.WalkingModel;

/**
 * Each lumbar level's largest movement between its two vertebrae over a stride, as bars with the
 * value in words (the facet joints' peak load is in the accessible text too), and a mark at the
 * most mobile level's movement in an ordinary walk (the default settings) to compare with.
 */
final class LevelBars extends CanvasPane {
    /** Movement that fills a bar, mm. */
    private static final double FULL_MM = 0.8;
    /** The level the mark compares with: the most mobile. */
    private static final LumbarLevel MARK_LEVEL = LumbarLevel.L4_L5;
    private static final double MARK_MM = GaitCycle.of(Causes.DEFAULT).peakMotion()[MARK_LEVEL.ordinal()];
    private final WalkingModel model;

    LevelBars(WalkingModel model) {
        super(true);
        this.model = model;
        setId("walking-level-bars");
        setMinSize(160, 100);
        setPrefSize(360, 200);
    }

    @Override
    protected void draw(GraphicsContext g, Palette p, double w, double h) {
        double fontPx = fontPx();
        g.setFont(font(0.85));
        PlotFrame.title(g, p, Strings.get("walking.bars.title"), w - 12);
        GaitCycle c = model.cycle();
        List<HorizontalBars.Bar> bars = new ArrayList<>();
        StringBuilder words = new StringBuilder(Strings.get("walking.bars.title"));
        for (LumbarLevel level : LumbarLevel.values()) {
            double mm = c.peakMotion()[level.ordinal()];
            double load = c.peakLoad()[level.ordinal()];
            String value = Strings.format("walking.bars.value", String.format(Strings.locale(), "%.2f", mm),
                    String.format(Strings.locale(), "%.1f", load));
            bars.add(new HorizontalBars.Bar(level.label(), mm / FULL_MM,
                    String.format(Strings.locale(), "%.2f", mm), p.seriesColor(2)));
            words.append(". ").append(level.label()).append(": ").append(value);
        }
        setAccessibleText(words.toString());
        g.save();
        g.translate(4, fontPx * 1.8);
        HorizontalBars.draw(g, p, w - 8, bars, MARK_MM / FULL_MM, Strings.get("walking.bars.mark"));
        g.restore();
    }
}
