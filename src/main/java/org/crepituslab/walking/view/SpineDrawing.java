package org.crepituslab.walking.view;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.crepituslab.facet.model.LumbarLevel;
import org.crepituslab.framework.Palette;
import org.crepituslab.walking.model.WalkingModel;

/**
 * The lumbar spine of the walker, in thigh lengths: the sacrum, the five vertebral bodies L1–L5 with
 * their discs (each disc shaded from cartilage to the alert colour by its segment's movement now),
 * the arches and spinous processes behind, and the facet joints where the arches meet. The joint
 * that just popped is filled in the alert colour; the level of a structural problem carries a square
 * (the click's mark on the step strip) whenever the problem is switched on.
 */
final class SpineDrawing {
    private static final double BODY_HEIGHT = 0.72 * WalkerPose.SEGMENT;
    private static final double DISC_HEIGHT = 0.3 * WalkerPose.SEGMENT;
    private static final double FACET_R = 0.042;

    private SpineDrawing() {
    }

    static void draw(GraphicsContext g, Palette p, WalkerPose pose, WalkingModel model, LumbarLevel popped,
            Color outline, double px) {
        sacrum(g, p, pose, outline, px);
        LumbarLevel[] levels = LumbarLevel.values();
        double d = WalkerPose.BODY_DEPTH;
        // vertebrae from L5 (index 0 of the pose's spine) up to L1
        for (int i = 0; i < levels.length; i++) {
            double[] a = pose.spine[i];
            double[] b = pose.spine[i + 1];
            g.save();
            g.translate((a[0] + b[0]) / 2, (a[1] + b[1]) / 2);
            g.rotate(Math.toDegrees(pose.spineAngle[i]));
            // the arch and the spinous process behind the body
            g.setStroke(outline);
            g.setLineWidth(0.04 + 2 * px);
            g.strokeLine(-d / 2, 0, -d / 2 - 0.13, 0.03);
            g.setStroke(p.bone());
            g.setLineWidth(0.04);
            g.strokeLine(-d / 2, 0, -d / 2 - 0.13, 0.03);
            g.setFill(p.bone());
            g.setStroke(outline);
            g.setLineWidth(px);
            g.fillRoundRect(-d / 2, -BODY_HEIGHT / 2, d, BODY_HEIGHT, 0.03, 0.03);
            g.strokeRoundRect(-d / 2, -BODY_HEIGHT / 2, d, BODY_HEIGHT, 0.03, 0.03);
            g.restore();
        }
        int structural = model.causes().structuralLevel();
        for (LumbarLevel level : levels) {
            double[] j = pose.junction(level);
            double motion = WalkerCanvas.motionShare(model.segmentMotion(level));
            g.save();
            g.translate(j[0], j[1]);
            g.rotate(Math.toDegrees(pose.junctionAngle(level)));
            g.setFill(p.cartilage().interpolate(p.alert(), motion));
            g.setStroke(outline);
            g.setLineWidth(px);
            g.fillRoundRect(-0.47 * d, -DISC_HEIGHT / 2, 0.94 * d, DISC_HEIGHT, 0.02, 0.02);
            g.strokeRoundRect(-0.47 * d, -DISC_HEIGHT / 2, 0.94 * d, DISC_HEIGHT, 0.02, 0.02);
            g.restore();
            double[] f = pose.facet(level);
            boolean pop = level == popped;
            double r = pop ? FACET_R * 1.5 : FACET_R;
            g.setFill(pop ? p.alert() : p.fluid());
            g.setStroke(p.capsule());
            g.setLineWidth(Math.max(2 * px, 0.014));
            g.fillOval(f[0] - r, f[1] - r, 2 * r, 2 * r);
            g.strokeOval(f[0] - r, f[1] - r, 2 * r, 2 * r);
            if (structural == level.ordinal() + 1) {
                double q = FACET_R * 2.2;
                g.setStroke(p.alert());
                g.setLineWidth(Math.max(2.5 * px, 0.02));
                g.strokeRect(f[0] - q, f[1] - q, 2 * q, 2 * q);
            }
        }
    }

    /** The sacrum: a wedge from the top of S1 down and back to its tip, turning with the pelvis. */
    private static void sacrum(GraphicsContext g, Palette p, WalkerPose pose, Color outline, double px) {
        double a = pose.spineAngle[0];
        double[] s1 = pose.spine[0];
        double half = WalkerPose.BODY_DEPTH / 2;
        double cx = Math.cos(a);
        double sy = Math.sin(a);
        double[] front = {s1[0] + half * cx, s1[1] + half * sy};
        double[] back = {s1[0] - 1.4 * half * cx, s1[1] - 1.4 * half * sy};
        double[] tip = WalkerPose.rotate(-0.4, 0.02, pose.pelvis);
        double[] mid = WalkerPose.rotate(-0.2, -0.12, pose.pelvis);
        g.setFill(p.bone());
        g.setStroke(outline);
        g.setLineWidth(px);
        double[] xs = {front[0], back[0], tip[0], mid[0]};
        double[] ys = {front[1], back[1], tip[1], mid[1]};
        g.fillPolygon(xs, ys, 4);
        g.strokePolygon(xs, ys, 4);
    }
}
