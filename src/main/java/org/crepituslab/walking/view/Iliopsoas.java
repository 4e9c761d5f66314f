package org.crepituslab.walking.view;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.crepituslab.facet.model.LumbarLevel;
import org.crepituslab.framework.Palette;

/**
 * The near side's iliopsoas, in thigh lengths: the muscle from the front of the lumbar vertebrae
 * (L1 to L4) down inside the pelvis, its tendon over the bony ridge at the front of the hip (on the
 * side of the ridge the model says it lies) to the inner femur below the hip. After a snap it is
 * drawn in the alert colour and thicker, fading as the flash fades.
 */
final class Iliopsoas {
    /** The ridge at the front of the hip the tendon crosses, in the pelvis's frame. */
    private static final double RIDGE_X = 0.2;
    private static final double RIDGE_Y = -0.08;
    /** How far to each side of the ridge the tendon lies (drawn, not to scale). */
    private static final double SIDE_SHIFT = 0.03;
    /** The insertion (lesser trochanter): this far down the thigh and this far behind its line. */
    private static final double INSERTION_DOWN = 0.24;
    private static final double INSERTION_BEHIND = 0.05;

    private Iliopsoas() {
    }

    /** @param side which side of the ridge the tendon lies (+1 flexion side, −1, 0 unknown); @param flash 0..1 */
    static void draw(GraphicsContext g, Palette p, WalkerPose pose, int side, double flash, double px) {
        double[] top = front(pose, LumbarLevel.L1_L2);
        double[] low = front(pose, LumbarLevel.L4_L5);
        double[] belly = WalkerPose.rotate(0.12, -0.3, pose.pelvis);
        double[] ridge = WalkerPose.rotate(RIDGE_X + SIDE_SHIFT * side, RIDGE_Y - SIDE_SHIFT * side, pose.pelvis);
        double t = pose.near.thigh();
        double[] insertion = {INSERTION_DOWN * Math.sin(t) - INSERTION_BEHIND * Math.cos(t),
            INSERTION_DOWN * Math.cos(t) + INSERTION_BEHIND * Math.sin(t)};
        Color colour = p.tissue().interpolate(p.alert(), flash);
        // the muscle: a band from the lumbar vertebrae narrowing into the pelvis
        g.setFill(colour.deriveColor(0, 1, 1, 0.75));
        g.fillPolygon(new double[] {top[0], low[0], belly[0] + 0.03, belly[0] - 0.03},
                new double[] {top[1], low[1], belly[1], belly[1]}, 4);
        // the tendon over the ridge to the femur
        g.setStroke(colour);
        g.setLineWidth(0.035 + 0.04 * flash);
        g.beginPath();
        g.moveTo(belly[0], belly[1]);
        g.quadraticCurveTo(ridge[0] + 0.05, ridge[1] - 0.05, ridge[0], ridge[1]);
        g.lineTo(insertion[0], insertion[1]);
        g.stroke();
        // the ridge it crosses
        g.setFill(p.bone().interpolate(p.axis(), 0.4));
        double r = 0.025 + px;
        double[] crest = WalkerPose.rotate(RIDGE_X, RIDGE_Y, pose.pelvis);
        g.fillOval(crest[0] - r, crest[1] - r, 2 * r, 2 * r);
    }

    /** The front of the vertebral bodies at a level's joint. */
    private static double[] front(WalkerPose pose, LumbarLevel level) {
        double[] j = pose.junction(level);
        double a = pose.junctionAngle(level);
        double half = WalkerPose.BODY_DEPTH / 2;
        return new double[] {j[0] + half * Math.cos(a), j[1] + half * Math.sin(a)};
    }
}
