package org.crepituslab.manipulation.view;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;
import org.crepituslab.facet.model.LumbarLevel;
import org.crepituslab.facet.model.Side;
import org.crepituslab.framework.CanvasPane;
import org.crepituslab.framework.Palette;
import org.crepituslab.framework.Strings;
import org.crepituslab.framework.plot.AxisTicks;
import org.crepituslab.framework.plot.Margins;
import org.crepituslab.framework.plot.PlotArea;
import org.crepituslab.framework.plot.PlotFrame;
import org.crepituslab.manipulation.model.ManipulationConstants;
import org.crepituslab.manipulation.model.SpinePop;

/**
 * The last thrust's pops on a time line: one row per level, each pop a dot at its moment (left
 * joints above the row's line, right joints below), numbered in order, with a cursor at the moment
 * shown (live or replayed).
 */
final class ThrustTimeline extends CanvasPane {
    private final PopReplay scene;

    ThrustTimeline(PopReplay scene) {
        super(true);
        this.scene = scene;
        setId("manipulation-timeline");
        setAccessibleText(Strings.get("manipulation.timeline.title"));
        setMinSize(160, 90);
        setPrefSize(360, 170);
    }

    @Override
    protected void draw(GraphicsContext g, Palette p, double w, double h) {
        double fp = fontPx();
        double tMax = ManipulationConstants.THRUST_DURATION_S * 1e3 * 1.1;
        LumbarLevel[] levels = LumbarLevel.values();
        PlotArea a = new Margins(fp * 3.6, fp * 1.8, fp * 0.8, fp * 2.6).area(w, h, 0, tMax, levels.length, 0);
        g.setFont(boldFont(0.85));
        PlotFrame.title(g, p, Strings.get("manipulation.timeline.title"), w - 12);
        g.setFont(font(0.75));
        PlotFrame f = new PlotFrame(g, p, a, w);
        f.xGrid(AxisTicks.spacingFor(tMax, a.width(), fp * 3));
        f.xName(Strings.get("manipulation.timeline.time"), fp * 1.2);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        // too short for a row per level (large text, small window): one lane, the numbers tell the order
        boolean lanes = a.height() / levels.length >= fp * 0.8;
        double row = lanes ? a.height() / levels.length : a.height();
        for (LumbarLevel level : lanes ? levels : new LumbarLevel[0]) {
            double y = a.py(level.ordinal() + 0.5);
            g.setStroke(p.grid());
            g.strokeLine(a.left(), y, a.right(), y);
            g.setFill(p.text());
            g.fillText(level.label(), a.left() - 4, y, a.left() - 6);
        }
        f.border();
        double x = a.px(scene.shownTime() * 1e3);
        if (x >= a.left() && x <= a.right()) {
            g.setStroke(p.axis());
            g.setLineDashes(4, 3);
            g.strokeLine(x, a.top(), x, a.bottom());
            g.setLineDashes();
        }
        List<SpinePop> pops = scene.marked();
        double r = Math.max(3, Math.min(row * 0.22, fp * 0.45));
        g.setTextAlign(TextAlignment.LEFT);
        g.setFont(font(0.7));
        for (int i = 0; i < pops.size(); i++) {
            SpinePop pop = pops.get(i);
            double px = a.px(pop.time() * 1e3);
            double lane = lanes ? a.py(pop.joint().level().ordinal() + 0.5) : a.top() + a.height() / 2;
            double py = lane + (pop.joint().side() == Side.LEFT ? -1 : 1) * row * 0.22;
            g.setFill(p.alert());
            g.fillOval(px - r, py - r, 2 * r, 2 * r);
            g.fillText(Integer.toString(i + 1), px + r + 2, py);
        }
    }
}
