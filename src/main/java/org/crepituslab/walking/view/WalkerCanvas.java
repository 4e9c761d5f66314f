package org.crepituslab.walking.view;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.crepituslab.framework.CanvasPane;
import org.crepituslab.framework.Palette;
import org.crepituslab.framework.Strings;
import org.crepituslab.framework.Themes;
import org.crepituslab.walking.model.LumbarLevel;
import org.crepituslab.walking.model.Side;
import org.crepituslab.walking.model.WalkingModel;

/**
 * The walker in side view, drawn from the model's angles: the pelvis at its tilt, the lumbar
 * spine (L1–S1) curved by the lordosis with each level shaded by its segmental motion, both legs at
 * their hip angles, and the iliopsoas from the lumbar spine over the front of the hip. A flash
 * marks where the last pop, snap or click happened.
 */
final class WalkerCanvas extends CanvasPane {
    /** How long a flash stays, in real seconds (a caption says the same in words). */
    private static final double FLASH_S = 0.6;
    private final WalkingModel model;
    private String flashLocation;
    private double flashLeft;

    WalkerCanvas(WalkingModel model) {
        super(true);
        this.model = model;
        setId("walking-figure");
        setAccessibleText(Strings.get("walking.figure"));
        setMinSize(200, 180);
        setPrefSize(420, 360);
    }

    void flash(String location) {
        flashLocation = location;
        flashLeft = FLASH_S;
        redraw();
    }

    void update(double realDt) {
        flashLeft = Math.max(0, flashLeft - realDt);
        redraw();
    }

    @Override
    protected void draw(GraphicsContext g, Palette p, double w, double h) {
        // pixels per "thigh length": the trunk reaches about 2.5 of them above the hip, the feet 2 below
        double s = Math.min(w / 3.0, h / 5.2);
        double hipX = w * 0.5;
        double hipY = h / 2 + 0.2 * s;
        double tilt = Math.toRadians(model.pelvicTilt());
        // pelvis: an ellipse rotated by the anterior tilt (forward = right)
        g.save();
        g.translate(hipX, hipY);
        g.rotate(Math.toDegrees(tilt));
        g.setFill(p.bone());
        g.setStroke(p.axis());
        g.fillOval(-0.45 * s, -0.35 * s, 0.9 * s, 0.5 * s);
        g.strokeOval(-0.45 * s, -0.35 * s, 0.9 * s, 0.5 * s);
        g.restore();
        // lumbar spine: five segments from the sacrum up
        double lord = Math.toRadians(model.lordosis());
        double x = hipX - 0.25 * s * Math.cos(tilt);
        double y = hipY - 0.25 * s - 0.25 * s * Math.sin(tilt);
        // the sacrum leans forward with the pelvis and the lordosis brings the spine back upright:
        // start tilted forward by the lordosis and curve back by it, level by level, to an upright L1
        double angle = -Math.PI / 2 + lord;
        LumbarLevel[] levels = LumbarLevel.values();
        double[][] centres = new double[levels.length][];
        for (int i = levels.length - 1; i >= 0; i--) {
            angle -= lord / levels.length;
            double nx = x + 0.32 * s * Math.cos(angle);
            double ny = y + 0.32 * s * Math.sin(angle);
            double motion = Math.min(1, model.segmentMotion(levels[i]) / 1.0);
            g.setStroke(p.bone().interpolate(p.alert(), motion));
            g.setLineWidth(0.16 * s);
            g.strokeLine(x, y, nx, ny);
            centres[i] = new double[] {(x + nx) / 2, (y + ny) / 2};
            x = nx;
            y = ny;
        }
        double spineTopX = x;
        double spineTopY = y;
        // trunk above, as a simple line to the shoulders
        g.setStroke(p.axis());
        g.setLineWidth(0.08 * s);
        g.strokeLine(spineTopX, spineTopY, spineTopX + 0.1 * s, spineTopY - 0.9 * s);
        // legs: thigh and shank from the hip, flexion forward (right)
        for (Side side : Side.values()) {
            double flex = Math.toRadians(model.hipFlexion(side));
            double kx = hipX + s * Math.sin(flex);
            double ky = hipY + s * Math.cos(flex);
            double knee = Math.toRadians(side == Side.LEFT ? 10 : 15) + Math.max(0, flex) * 0.6;
            double ax = kx + s * Math.sin(flex - knee);
            double ay = ky + s * Math.cos(flex - knee);
            g.setStroke(side == Side.RIGHT ? p.bone() : p.bone().deriveColor(0, 1, 0.8, 1));
            g.setLineWidth(0.14 * s);
            g.strokeLine(hipX, hipY, kx, ky);
            g.strokeLine(kx, ky, ax, ay);
            if (side == Side.RIGHT) {
                // iliopsoas: from the lumbar spine over the front of the hip to the inner thigh
                g.setStroke(p.tissue());
                g.setLineWidth(0.05 * s);
                double fx = hipX + 0.35 * s;
                double fy = hipY + 0.05 * s;
                g.strokeLine(centres[2][0], centres[2][1], fx, fy);
                g.strokeLine(fx, fy, hipX + 0.3 * s * Math.sin(flex), hipY + 0.3 * s * Math.cos(flex));
            }
        }
        // ground
        g.setStroke(p.grid());
        g.setLineWidth(1);
        g.strokeLine(0, hipY + 2 * s, w, hipY + 2 * s);
        drawFlash(g, p, s, hipX, hipY, centres, levels);
        g.setFill(p.text());
        g.setFont(Font.font(Themes.fontPx() * 0.9));
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText(Strings.format("walking.figure.readout", String.format(Strings.locale(), "%.1f", model.pelvicTilt()),
                String.format(Strings.locale(), "%.0f", model.hipFlexion(Side.RIGHT))), 8, h - 8);
    }

    private void drawFlash(GraphicsContext g, Palette p, double s, double hipX, double hipY, double[][] centres,
            LumbarLevel[] levels) {
        if (flashLeft <= 0 || flashLocation == null) {
            return;
        }
        double fx = hipX;
        double fy = hipY;
        for (int i = 0; i < levels.length; i++) {
            if (flashLocation.startsWith(levels[i].label())) {
                fx = centres[i][0];
                fy = centres[i][1];
            }
        }
        if (flashLocation.startsWith("hip")) {
            fx = hipX + 0.35 * s;
            fy = hipY + 0.05 * s;
        }
        double r = 0.25 * s * (0.5 + flashLeft / FLASH_S);
        g.setStroke(p.alert());
        g.setLineWidth(3);
        g.strokeOval(fx - r, fy - r, 2 * r, 2 * r);
        g.setFill(Color.TRANSPARENT);
    }
}
