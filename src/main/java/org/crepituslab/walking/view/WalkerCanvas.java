package org.crepituslab.walking.view;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.TextAlignment;
import org.crepituslab.facet.model.LumbarLevel;
import org.crepituslab.facet.model.Side;
import org.crepituslab.framework.CanvasPane;
import org.crepituslab.framework.Palette;
import org.crepituslab.framework.Strings;
import org.crepituslab.walking.model.WalkingModel;

/**
 * The walker in side view, facing right, drawn from the model's angles ({@link WalkerPose}): the
 * body's outline, and inside it the pelvis at its tilt, the lumbar spine L1–S1 curved by the
 * lordosis (each disc shaded by its segment's movement, the facet joints behind the bodies), both
 * legs (the far one darker, behind) and the iliopsoas from the lumbar spine over the front of the
 * hip to the femur. The joint that just popped, the tendon that just snapped and the level of a
 * structural click are marked; the readout of tilt and hip angle has its own line above the figure.
 */
final class WalkerCanvas extends CanvasPane {
    /** How long a flash stays, in real seconds (a caption says the same in words). */
    private static final double FLASH_S = 0.8;
    /** The figure's extent in thigh lengths: width, and height from the top of the head to the ground. */
    private static final double FIGURE_W = 2.7;
    private static final double FIGURE_H = 4.75;
    /** Head top above the hip joint, thigh lengths (the rest of the height is below it). */
    private static final double ABOVE_HIP = 2.45;
    /** Segment movement (mm) drawn in the full alert colour. */
    private static final double MOTION_FULL_MM = 0.6;
    /** The enlarged spine is shown when the spare width is at least this share of the walker's. */
    private static final double INSET_MIN_SHARE = 0.6;
    /** The trunk's depth, and how far its middle lies in front of the spine (the spine is at the back). */
    private static final double TRUNK_DEPTH = 0.64;
    private static final double TRUNK_AHEAD = 0.08;
    /** Where a snap of the drawn tendon is reported (the near side is the right). */
    private static final String NEAR_HIP = "hip-" + Side.RIGHT.label();
    private final WalkingModel model;
    private String flashLocation;
    private double flashLeft;

    WalkerCanvas(WalkingModel model) {
        super(true);
        this.model = model;
        setId("walking-figure");
        setAccessibleText(Strings.get("walking.figure"));
        setMinSize(200, 180);
        setPrefSize(420, 420);
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
        double band = fontPx() * 1.5;
        String tilt = String.format(Strings.locale(), "%.1f", model.pelvicTilt());
        String hip = String.format(Strings.locale(), "%.0f", model.hipFlexion(Side.RIGHT));
        String readout = Strings.format("walking.figure.readout", tilt, hip);
        g.setFont(font(0.9));
        if (textWidth(readout, g.getFont()) > w - 16) {
            // in fewer words rather than squeezed letters
            readout = Strings.format("walking.figure.readout.short", tilt, hip);
        }
        g.setFill(p.text());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.fillText(readout, 8, 4, w - 16);
        double figureH = h - band;
        double s = Math.min(w / FIGURE_W, figureH / FIGURE_H);
        if (s < 10) {
            return;
        }
        WalkerPose pose = new WalkerPose(model);
        double groundY = h - 0.15 * s;
        double hipY = groundY - pose.ground * s;
        // keep the head inside when the feet are high (a long stride lowers the hip less than the drawing allows)
        hipY = Math.max(hipY, band + ABOVE_HIP * s);
        // a standing figure is narrow: spare width beside it shows the lumbar spine and hip enlarged
        double walkerW = FIGURE_W * s;
        double insetW = w - walkerW - 0.2 * s;
        boolean inset = insetW >= walkerW * INSET_MIN_SHARE;
        double hipX = inset ? walkerW * 0.55 : w * 0.5 - 0.1 * s;
        drawGround(g, p, w, groundY, s);
        g.save();
        g.translate(hipX, hipY);
        g.scale(s, s);
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineJoin(StrokeLineJoin.ROUND);
        double px = 1 / s;
        Color skin = p.panel().interpolate(p.text(), 0.14);
        Color outline = p.panel().interpolate(p.text(), 0.55);
        Color farSkin = p.panel().interpolate(p.text(), 0.07);
        // soft tissue first, every bone drawn over it (as in an X-ray)
        legTissue(g, pose.far, farSkin, outline.deriveColor(0, 1, 0.7, 1), px);
        bone(g, pose.far, p.bone().deriveColor(0, 0.8, 0.55, 1), outline, px, 1);
        trunkTissue(g, pose, skin, outline, px);
        legTissue(g, pose.near, skin, outline, px);
        limb(g, skin, outline, 0.13, px, pose.shoulder, pose.elbow, pose.wrist);
        bone(g, pose.near, p.bone(), outline, px, 1);
        core(g, p, pose, outline, px);
        if (inset) {
            SpineInset.markRegion(g, p, px);
        }
        g.restore();
        if (inset) {
            SpineInset.draw(g, p, walkerW + 0.1 * s, band, w - 6, h - 6, k -> {
                bone(g, pose.near, p.bone(), outline, k, SpineInset.FEMUR_SHOWN);
                core(g, p, pose, outline, k);
            }, pose);
        }
    }

    /** What the story is about, drawn over the body: the pelvis, the lumbar spine, the iliopsoas, and the flash. */
    private void core(GraphicsContext g, Palette p, WalkerPose pose, Color outline, double px) {
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineJoin(StrokeLineJoin.ROUND);
        PelvisDrawing.draw(g, p, pose, outline, px);
        SpineDrawing.draw(g, p, pose, model, flashingLevel(), outline, px);
        Iliopsoas.draw(g, p, pose, model.tendon(Side.RIGHT).side(), snapFlash(), px);
        drawFlash(g, p, pose);
    }

    /** The ground line with marks that move back under the walker, as on a treadmill. */
    private void drawGround(GraphicsContext g, Palette p, double w, double y, double s) {
        g.setStroke(p.axis());
        g.setLineWidth(Math.max(1, fontPx() / 12));
        g.strokeLine(0, y, w, y);
        double spacing = 0.8 * s;
        // a stride moves the ground back about three thigh lengths (two steps)
        double offset = (model.phase() * 3 * s) % spacing;
        g.setStroke(p.grid());
        for (double x = w - offset; x > -spacing; x -= spacing) {
            g.strokeLine(x, y + 2, x - 0.2 * s, y + 0.12 * s);
        }
    }

    private static void trunkTissue(GraphicsContext g, WalkerPose pose, Color fill, Color outline, double px) {
        // the trunk's middle runs a little in front of the spine, the spine being at the back
        double[][] line = new double[pose.spine.length + pose.chest.length - 1][];
        int n = 0;
        for (double[] q : pose.spine) {
            line[n++] = new double[] {q[0] + TRUNK_AHEAD * Math.cos(angleAt(pose, n)), q[1]};
        }
        for (int i = 1; i < pose.chest.length; i++) {
            line[n++] = new double[] {pose.chest[i][0] + TRUNK_AHEAD, pose.chest[i][1]};
        }
        double[] hips = WalkerPose.rotate(0, -0.12, pose.pelvis);
        double[][] withHips = new double[n + 1][];
        withHips[0] = hips;
        System.arraycopy(line, 0, withHips, 1, n);
        limb(g, fill, outline, TRUNK_DEPTH, px, withHips);
        limb(g, fill, outline, 0.14, px, pose.chest[pose.chest.length - 1], pose.neckTop);
        g.setFill(fill);
        g.setStroke(outline);
        g.setLineWidth(1.5 * px);
        double rx = 0.2;
        double ry = 0.24;
        g.fillOval(pose.head[0] - rx, pose.head[1] - ry, 2 * rx, 2 * ry);
        g.strokeOval(pose.head[0] - rx, pose.head[1] - ry, 2 * rx, 2 * ry);
    }

    private static double angleAt(WalkerPose pose, int joint) {
        return pose.spineAngle[Math.min(joint, pose.spineAngle.length - 1)];
    }

    private static void legTissue(GraphicsContext g, WalkerPose.Leg leg, Color fill, Color outline, double px) {
        limb(g, fill, outline, 0.24, px, new double[] {0, 0}, leg.knee());
        limb(g, fill, outline, 0.16, px, leg.knee(), leg.ankle());
        limb(g, fill, outline, 0.11, px, leg.heel(), leg.toe());
    }

    /** Femur and tibia as bones over the leg's tissue; {@code femur} below 1 draws only that share of the femur. */
    private static void bone(GraphicsContext g, WalkerPose.Leg leg, Color bone, Color outline, double px, double femur) {
        double[] end = {leg.knee()[0] * femur, leg.knee()[1] * femur};
        limb(g, bone, outline, 0.07, px, new double[] {0, 0}, end);
        if (femur >= 1) {
            limb(g, bone, outline, 0.06, px, leg.knee(), leg.ankle());
        }
        g.setFill(bone);
        g.setStroke(outline);
        g.setLineWidth(px);
        g.fillOval(-0.085, -0.085, 0.17, 0.17);
        g.strokeOval(-0.085, -0.085, 0.17, 0.17);
    }

    /** A rounded band through the points, outlined (the outline one pixel wider on each side). */
    static void limb(GraphicsContext g, Color fill, Color outline, double width, double px, double[]... pts) {
        for (int pass = 0; pass < 2; pass++) {
            g.setStroke(pass == 0 ? outline : fill);
            g.setLineWidth(pass == 0 ? width + 3 * px : width);
            g.beginPath();
            g.moveTo(pts[0][0], pts[0][1]);
            for (int i = 1; i < pts.length; i++) {
                g.lineTo(pts[i][0], pts[i][1]);
            }
            g.stroke();
        }
    }

    /** How strongly the drawn (near, right) iliopsoas is flashing now (0..1): after a snap of that hip. */
    private double snapFlash() {
        return flashLeft > 0 && NEAR_HIP.equals(flashLocation) ? flashLeft / FLASH_S : 0;
    }

    /** A widening ring where the last pop or click came from (the snap flashes the tendon itself). */
    private void drawFlash(GraphicsContext g, Palette p, WalkerPose pose) {
        if (flashLeft <= 0 || flashLocation == null || NEAR_HIP.equals(flashLocation)) {
            return;
        }
        double fade = flashLeft / FLASH_S;
        if (flashLocation.startsWith("hip")) {
            // the far hip's tendon is hidden behind the near one: a ring at the front of the hip
            double[] ridge = WalkerPose.rotate(0.2, -0.08, pose.pelvis);
            double r = 0.12 + 0.12 * (1 - fade);
            g.setStroke(p.alert().deriveColor(0, 1, 1, 0.4 + 0.6 * fade));
            g.setLineWidth(0.035);
            g.strokeOval(ridge[0] - r, ridge[1] - r, 2 * r, 2 * r);
            return;
        }
        for (LumbarLevel level : LumbarLevel.values()) {
            if (flashLocation.startsWith(level.label())) {
                double[] f = pose.facet(level);
                double r = 0.1 + 0.12 * (1 - flashLeft / FLASH_S);
                g.setStroke(p.alert().deriveColor(0, 1, 1, 0.4 + 0.6 * flashLeft / FLASH_S));
                g.setLineWidth(0.035);
                g.strokeOval(f[0] - r, f[1] - r, 2 * r, 2 * r);
            }
        }
    }

    /** The facet joint that is flashing now, or null. */
    LumbarLevel flashingLevel() {
        if (flashLeft <= 0 || flashLocation == null) {
            return null;
        }
        for (LumbarLevel level : LumbarLevel.values()) {
            if (flashLocation.startsWith(level.label())) {
                return level;
            }
        }
        return null;
    }

    static double motionShare(double mm) {
        return Math.min(1, mm / MOTION_FULL_MM);
    }
}
