package org.crepituslab.walking.view;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.text.TextAlignment;
import org.crepituslab.framework.CanvasPane;
import org.crepituslab.framework.Palette;
import org.crepituslab.framework.Strings;
import org.crepituslab.framework.plot.AxisTicks;
import org.crepituslab.framework.plot.Legend;
import org.crepituslab.framework.plot.Margins;
import org.crepituslab.framework.plot.PlotArea;
import org.crepituslab.framework.plot.PlotFrame;
import org.crepituslab.walking.model.GaitCycle;
import org.crepituslab.walking.model.NormativeGait;
import org.crepituslab.walking.model.WalkingModel;

/**
 * Hip flexion and pelvic tilt over one stride (gait cycle 0–100 %), this walk's curves drawn over
 * the normative bands (shaded), with the end of stance marked and a cursor where the walker is now.
 * The graph is drawn again only when the walk changes; the cursor is a line moved over it.
 */
final class GaitCycleGraph extends CanvasPane {
    private static final double Y_MIN = -25;
    private static final double Y_MAX = 45;
    /** Opacity of the shaded normative bands. */
    private static final double BAND_OPACITY = 0.22;
    /** Stance ends near 60 % of the cycle (shared gait notes). */
    private static final double STANCE_END = 60;
    /** Below this height, in multiples of the text size, the x axis's name is left out. */
    private static final double SHORT_EM = 14;
    private final WalkingModel model;
    /** Where the walker is now: a line over the canvas, so a frame moves it without redrawing the graph. */
    private final Line cursor = new Line();
    private PlotArea area;
    private GaitCycle drawnFor;

    GaitCycleGraph(WalkingModel model) {
        super(true);
        this.model = model;
        setId("walking-cycle-graph");
        setAccessibleText(Strings.get("walking.cycle.accessible"));
        setMinSize(160, 120);
        setPrefSize(360, 220);
        cursor.setManaged(false);
        cursor.setStrokeWidth(2);
        cursor.setMouseTransparent(true);
        getChildren().add(cursor);
    }

    /** Redraws the graph when the walk's cycle changed, and moves the cursor to the walker's phase. */
    void update() {
        if (model.cycle() != drawnFor) {
            redraw();
        }
        if (area == null || area.width() < 20) {
            cursor.setVisible(false);
            return;
        }
        double x = 1 + area.px(model.phase() * 100);
        cursor.setVisible(true);
        cursor.setStartX(x);
        cursor.setEndX(x);
        cursor.setStartY(1 + area.top());
        cursor.setEndY(1 + area.bottom());
    }

    @Override
    protected void draw(GraphicsContext g, Palette p, double w, double h) {
        double fontPx = fontPx();
        g.setFont(font(0.85));
        Color hipColour = p.seriesColor(1);
        Color tiltColour = p.seriesColor(0);
        // a short graph (presenting at large text): the legend takes the title's row, in short words if
        // need be, and the x axis keeps its numbers but not its name, so the curves keep their room
        boolean compact = h < fontPx * SHORT_EM;
        Legend legend = legend(p, hipColour, tiltColour, compact ? ".compact" : "", compact);
        // the width the legend is drawn in: the plot's, less its inset
        double legendWidth = w - fontPx * 4.4 - 8;
        if (compact && legend.rows(legendWidth) > 1) {
            legend = legend(p, hipColour, tiltColour, ".short", true);
        }
        if (compact) {
            legend.maxRows(1);
        }
        double top = compact ? 4 : fontPx * 1.6;
        double bottom = fontPx * (compact ? 1.5 : 2.6);
        Legend.Placed placed = legend.place(rows -> new Margins(fontPx * 3.2, top + rows * Legend.rowHeight(fontPx) + 6,
                fontPx * 1.2, bottom).area(w, h, 0, 100, Y_MIN, Y_MAX), legendWidth, fontPx * 4);
        PlotArea a = placed.area();
        area = a;
        cursor.setStroke(p.alert());
        if (!compact) {
            PlotFrame.title(g, p, Strings.get("walking.cycle.title"), w - 12);
        }
        if (a.width() < 20 || a.height() < 20) {
            return;
        }
        PlotFrame frame = new PlotFrame(g, p, a, w);
        // at least three numbered lines (−20, 0, 20, 40 at most sizes), more where there is height
        int ticks = Math.max(3, (int) (a.height() / (fontPx * 3)));
        frame.yGrid(AxisTicks.spacing(Y_MAX - Y_MIN, ticks));
        frame.xGrid(new double[] {0, 20, 40, 60, 80, 100}, new String[] {"0", "20", "40", "60", "80", "100"});
        if (!compact) {
            frame.xName(Strings.get("walking.cycle.x"), fontPx * 1.3);
        }
        GaitCycle c = model.cycle();
        drawnFor = c;
        // the normative bands, behind everything
        g.setFill(tiltColour.deriveColor(0, 1, 1, BAND_OPACITY));
        double bandTop = a.py(NormativeGait.tiltHigh());
        g.fillRect(a.left(), bandTop, a.width(), a.py(NormativeGait.tiltLow()) - bandTop);
        fillBand(g, a, c, hipColour.deriveColor(0, 1, 1, BAND_OPACITY));
        // stance | swing
        double sx = a.px(STANCE_END);
        g.setStroke(p.axis());
        g.setLineWidth(1);
        g.setLineDashes(4, 3);
        g.strokeLine(sx, a.top(), sx, a.bottom());
        g.setLineDashes();
        g.setFill(p.text());
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(Strings.get("walking.cycle.stance"), sx - 4, a.top() + 2);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText(Strings.get("walking.cycle.swing"), sx + 4, a.top() + 2);
        double lineWidth = Math.max(2, fontPx / 8);
        curve(g, a, c.percent(), c.tilt(), tiltColour, lineWidth);
        curve(g, a, c.percent(), c.hip(), hipColour, lineWidth);
        frame.border();
        placed.draw(g, p, top);
    }

    /** The legend: the two curves (full or short names) and, when there is room, what the shading means. */
    private static Legend legend(Palette p, Color hip, Color tilt, String suffix, boolean compact) {
        Legend l = new Legend(0.85)
                .add(Strings.get("walking.cycle.hip" + suffix), hip, Legend.Swatch.LINE)
                .add(Strings.get("walking.cycle.tilt" + suffix), tilt, Legend.Swatch.LINE);
        if (!compact) {
            l.addOptional(Strings.get("walking.cycle.band"), p.text(), Legend.Swatch.NONE);
        }
        return l;
    }

    /** A curve in a line as wide as the text is large (seen from the back of a room at 200 %). */
    private static void curve(GraphicsContext g, PlotArea a, double[] x, double[] y, Color colour, double width) {
        int n = x.length;
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = a.px(x[i]);
            ys[i] = a.py(Math.max(a.yMin(), Math.min(a.yMax(), y[i])));
        }
        g.setStroke(colour);
        g.setLineWidth(width);
        g.strokePolyline(xs, ys, n);
    }

    private static void fillBand(GraphicsContext g, PlotArea a, GaitCycle c, Color fill) {
        int n = c.percent().length;
        double[] xs = new double[2 * n];
        double[] ys = new double[2 * n];
        for (int i = 0; i < n; i++) {
            xs[i] = a.px(c.percent()[i]);
            ys[i] = a.py(c.hipHigh()[i]);
            xs[2 * n - 1 - i] = xs[i];
            ys[2 * n - 1 - i] = a.py(c.hipLow()[i]);
        }
        g.setFill(fill);
        g.fillPolygon(xs, ys, 2 * n);
    }
}
