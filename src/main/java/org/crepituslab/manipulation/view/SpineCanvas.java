package org.crepituslab.manipulation.view;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.ArcType;
import javafx.scene.text.TextAlignment;
import org.crepituslab.facet.model.LumbarLevel;
import org.crepituslab.facet.model.Side;
import org.crepituslab.framework.CanvasPane;
import org.crepituslab.framework.Palette;
import org.crepituslab.framework.Strings;
import org.crepituslab.manipulation.model.JointId;
import org.crepituslab.manipulation.model.ManipulationModel;
import org.crepituslab.manipulation.model.Person;
import org.crepituslab.manipulation.model.SpinePop;

/**
 * The lumbar spine from behind (or turned obliquely), L1 to the sacrum, with the two facet joints
 * of each level: ready joints filled, refractory ones with a ring counting down, each joint's
 * surfaces parting with its pull, the restricted and hypermobile segments marked, and the pops of
 * the last thrust numbered in the order they came. The instability indicator runs along the bottom.
 */
final class SpineCanvas extends CanvasPane {
    /** How far the oblique view turns the spine about its long axis. */
    private static final double OBLIQUE_DEG = 35;
    /** Drawing scale of the joint opening: pixels per mm of pull, in units of the vertebra size. */
    private static final double OPENING_PER_MM = 0.35;
    /** Rays of a pop's marker. */
    private static final int RAYS = 8;
    /** Room beside the spine for a level's name and for a pop's number, in multiples of the font size. */
    private static final double LABEL_EMS = 3.6;
    private static final double NUMBER_EMS = 1.4;
    private final ManipulationModel model;
    private SpineScene scene;
    private boolean oblique;

    SpineCanvas(ManipulationModel model, SpineScene scene) {
        super(true);
        this.model = model;
        this.scene = scene;
        setId("manipulation-spine");
        setAccessibleText(Strings.get("manipulation.figure"));
        setMinSize(220, 240);
        setPrefSize(460, 460);
    }

    void setOblique(boolean on) {
        oblique = on;
        redraw();
    }

    @Override
    protected void draw(GraphicsContext g, Palette p, double w, double h) {
        double fp = fontPx();
        double gaugeH = fp * 2.9;
        int rows = LumbarLevel.values().length + 1;
        double s = Math.min((w - fp * 2 * (LABEL_EMS + NUMBER_EMS)) / 2.9, (h - gaugeH - fp * 1.5) / (rows * 1.25 + 0.2));
        s = Math.max(s, 8);
        double cx = w * 0.5;
        double top = fp * 0.8;
        double angle = Math.toRadians(oblique ? OBLIQUE_DEG : 0);
        double cos = Math.cos(angle);
        double depth = Math.sin(angle);
        Person person = model.person();
        g.setFont(font(0.85));
        for (int i = 0; i < rows; i++) {
            double y = top + i * 1.25 * s;
            drawVertebra(g, p, cx, y, s, cos, depth, i == rows - 1);
        }
        for (LumbarLevel level : LumbarLevel.values()) {
            double y = top + level.ordinal() * 1.25 * s + 1.0 * s;
            drawLevelMarks(g, p, level, person, cx, y, s, w);
            for (Side side : Side.values()) {
                JointId joint = new JointId(level, side);
                double dx = (side == Side.LEFT ? -0.55 : 0.55) * s;
                drawJoint(g, p, joint, cx + dx * cos, y + dx * depth * 0.35, s);
            }
        }
        drawPops(g, p, top, s, cx, cos, depth);
        InstabilityGauge.draw(g, p, person.instability(), 6, h - gaugeH, w - 12, gaugeH - 4);
    }

    private static void drawVertebra(GraphicsContext g, Palette p, double cx, double y, double s, double cos,
            double depth, boolean sacrum) {
        g.setFill(p.bone());
        g.setStroke(p.axis());
        g.setLineWidth(1);
        double bodyShift = -0.5 * s * depth; // the body lies in front of the joints: it shows beside them when turned
        if (sacrum) {
            double[] xs = {cx - 1.0 * s * cos + bodyShift, cx + 1.0 * s * cos + bodyShift, cx + bodyShift};
            double[] ys = {y + 0.1 * s, y + 0.1 * s, y + 1.3 * s};
            g.fillPolygon(xs, ys, 3);
            g.strokePolygon(xs, ys, 3);
            return;
        }
        g.fillRoundRect(cx - 0.8 * s * cos + bodyShift, y, 1.6 * s * cos, 0.85 * s, 0.3 * s, 0.3 * s);
        g.strokeRoundRect(cx - 0.8 * s * cos + bodyShift, y, 1.6 * s * cos, 0.85 * s, 0.3 * s, 0.3 * s);
        // transverse processes and the spinous process
        g.fillRect(cx - 1.35 * s * cos, y + 0.3 * s, 2.7 * s * cos, 0.22 * s);
        g.strokeRect(cx - 1.35 * s * cos, y + 0.3 * s, 2.7 * s * cos, 0.22 * s);
        g.fillRoundRect(cx - 0.12 * s, y + 0.15 * s, 0.24 * s, 0.75 * s, 0.1 * s, 0.1 * s);
        g.strokeRoundRect(cx - 0.12 * s, y + 0.15 * s, 0.24 * s, 0.75 * s, 0.1 * s, 0.1 * s);
    }

    private void drawJoint(GraphicsContext g, Palette p, JointId joint, double x, double y, double s) {
        double r = 0.2 * s;
        double share = model.refractoryShare(joint);
        boolean ready = share <= 0;
        // the joint: its two articular processes (bone) with the fluid-filled cleft between them,
        // which widens with the pull
        double open = Math.min(0.3 * s, scene.pull(joint) * 1e3 * OPENING_PER_MM * s);
        double cleft = 0.06 * s + open;
        g.setFill(ready ? p.cartilage() : p.grid());
        g.fillOval(x - r, y - r - open / 2, 2 * r, 2 * r + open);
        g.setFill(p.fluid());
        g.fillRect(x - 0.8 * r, y - cleft / 2, 1.6 * r, cleft);
        g.setStroke(p.axis());
        g.setLineWidth(1);
        g.strokeOval(x - r, y - r - open / 2, 2 * r, 2 * r + open);
        g.strokeLine(x - 0.8 * r, y - cleft / 2, x + 0.8 * r, y - cleft / 2);
        g.strokeLine(x - 0.8 * r, y + cleft / 2, x + 0.8 * r, y + cleft / 2);
        if (!ready) {
            // the countdown: a ring that empties as the gas dissolves back
            double ring = r + 0.1 * s;
            g.setStroke(p.grid());
            g.setLineWidth(Math.max(2, 0.06 * s));
            g.strokeOval(x - ring, y - ring, 2 * ring, 2 * ring);
            g.setStroke(p.text());
            g.strokeArc(x - ring, y - ring, 2 * ring, 2 * ring, 90, 360 * share, ArcType.OPEN);
        }
    }

    private void drawLevelMarks(GraphicsContext g, Palette p, LumbarLevel level, Person person, double cx, double y,
            double s, double w) {
        g.setFill(p.text());
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.RIGHT);
        double edge = 1.45 * s + fontPx() * NUMBER_EMS;
        g.fillText(level.label(), cx - edge, y, Math.max(10, cx - edge - 4));
        String mark = level == person.restricted() ? Strings.get("manipulation.figure.restricted")
                : person.isHypermobile(level) ? Strings.get("manipulation.figure.hypermobile") : null;
        if (mark != null) {
            g.setTextAlign(TextAlignment.LEFT);
            g.setFill(level == person.restricted() ? p.text() : p.alert());
            g.fillText(mark, cx + edge, y, Math.max(10, w - cx - edge - 4));
            g.setStroke(level == person.restricted() ? p.axis() : p.alert());
            g.setLineDashes(level == person.restricted() ? new double[0] : new double[] {4, 3});
            g.setLineWidth(2);
            g.strokeRect(cx - 1.0 * s, y - 0.3 * s, 2.0 * s, 0.6 * s);
            g.setLineDashes();
        }
    }

    private void drawPops(GraphicsContext g, Palette p, double top, double s, double cx, double cos, double depth) {
        List<SpinePop> pops = scene.marked();
        SpinePop latest = scene.latest();
        g.setFont(boldFont(0.8));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < pops.size(); i++) {
            SpinePop pop = pops.get(i);
            double dx = (pop.joint().side() == Side.LEFT ? -1 : 1) * 0.55 * s;
            double x = cx + dx * cos;
            double y = top + pop.joint().level().ordinal() * 1.25 * s + 1.0 * s + dx * depth * 0.35;
            double r = (pop == latest ? 0.45 : 0.36) * s;
            g.setStroke(p.alert());
            g.setLineWidth(pop == latest ? 3 : 2);
            for (int k = 0; k < RAYS; k++) {
                double a = 2 * Math.PI * k / RAYS + Math.PI / RAYS;
                g.strokeLine(x + r * Math.cos(a), y + r * Math.sin(a), x + 1.35 * r * Math.cos(a),
                        y + 1.35 * r * Math.sin(a));
            }
            // the number sits outside the joint, away from the spine
            double nx = x + (pop.joint().side() == Side.LEFT ? -1 : 1) * (1.35 * r + fontPx() * 0.5);
            g.setFill(p.alert());
            g.fillText(Integer.toString(i + 1), nx, y);
        }
        g.setFill(Color.TRANSPARENT);
    }
}
