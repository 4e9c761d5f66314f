package org.crepituslab.walking.view;

import org.crepituslab.facet.model.LumbarLevel;
import org.crepituslab.facet.model.Side;
import org.crepituslab.walking.model.WalkingModel;

/**
 * Where the walker's parts are at this instant, in thigh lengths from the right hip joint (x forward,
 * y down), from the model's angles only: the pelvis at its tilt, the lumbar spine (L5 to L1) curved
 * by the lordosis, the chest, neck and head above it, and each leg from its hip, knee and ankle
 * angles. The proportions are a drawing's choices (the lumbar spine is drawn a little long so its
 * joints can be seen); the angles are the model's. The body is placed so that the lower foot
 * touches the ground.
 */
final class WalkerPose {
    /** The pelvis the drawing holds upright: a tilt of this many degrees draws the pelvis level. */
    static final double UPRIGHT_TILT_DEG = 10;
    /** Length of one lumbar motion segment (a vertebra and its disc), thigh lengths. */
    static final double SEGMENT = 0.15;
    /** Depth of a vertebral body, thigh lengths. */
    static final double BODY_DEPTH = 0.16;
    /** How far behind the body's middle the facet joints sit, thigh lengths. */
    static final double FACET_BEHIND = 0.16;
    static final double SHANK = 1.0;
    static final double FOOT = 0.42;
    /** Where the top of the sacrum (S1) sits from the hip joint in the pelvis's own frame. */
    private static final double S1_X = -0.2;
    private static final double S1_Y = -0.36;
    /** Forward bend of the chest (thoracic kyphosis), degrees over its three pieces. */
    private static final double KYPHOSIS_DEG = 35;
    private static final double NECK_BACK_DEG = 20;
    private static final double HEAD_FORWARD_DEG = 10;
    private static final double CHEST_PIECE = 0.27;
    /** How the near arm swings against the near leg (a share of the other leg's thigh angle). */
    private static final double ARM_SWING = 0.6;

    /** Pelvis rotation from upright, radians (forward, i.e. clockwise on screen, positive). */
    final double pelvis;
    /** Spine joints from the top of S1 (index 0) to the top of L1 (index 5), and each piece's direction from vertical (rad). */
    final double[][] spine = new double[LumbarLevel.values().length + 1][];
    final double[] spineAngle = new double[LumbarLevel.values().length];
    /** The chest's line from the top of L1 to the base of the neck, then the neck's top and the head's centre. */
    final double[][] chest = new double[4][];
    final double[] neckTop;
    final double[] head;
    final double[] shoulder;
    final double[] elbow;
    final double[] wrist;
    final Leg near;
    final Leg far;
    /** The ground's height below the hip joint, thigh lengths. */
    final double ground;

    /** One leg: hip (0, 0), knee, ankle, heel and toe, and its thigh's angle from vertical (rad, forward +). */
    record Leg(double thigh, double[] knee, double[] ankle, double[] heel, double[] toe) {
    }

    WalkerPose(WalkingModel m) {
        double tiltDeg = m.pelvicTilt();
        pelvis = Math.toRadians(tiltDeg - UPRIGHT_TILT_DEG);
        near = leg(m, Side.RIGHT);
        far = leg(m, Side.LEFT);
        ground = Math.max(lowest(near), lowest(far));
        // the sacrum leans forward with the pelvis and the lordosis brings the spine back: L5 starts
        // forward by half the lordosis (with the tilt) and each level turns back by a fifth of it
        double lordosis = Math.toRadians(m.lordosis());
        double angle = pelvis + lordosis / 2;
        spine[0] = rotate(S1_X, S1_Y, pelvis);
        for (int i = 0; i < spineAngle.length; i++) {
            double a = angle - lordosis * (i + 0.5) / spineAngle.length;
            spineAngle[i] = a;
            spine[i + 1] = along(spine[i], a, SEGMENT);
        }
        double a = angle - lordosis;
        chest[0] = spine[spine.length - 1];
        for (int i = 1; i < chest.length; i++) {
            a += Math.toRadians(KYPHOSIS_DEG) / (chest.length - 1);
            chest[i] = along(chest[i - 1], a, CHEST_PIECE);
        }
        double[] neckBase = chest[chest.length - 1];
        // the neck rises nearly upright from the forward-leaning chest, the head's centre a little ahead of it
        neckTop = along(neckBase, a - Math.toRadians(NECK_BACK_DEG), 0.2);
        head = along(neckTop, Math.toRadians(HEAD_FORWARD_DEG), 0.2);
        shoulder = along(neckBase, a + Math.PI, 0.1);
        double arm = -ARM_SWING * far.thigh();
        elbow = down(shoulder, arm, 0.7);
        wrist = down(elbow, arm + Math.toRadians(25), 0.6);
    }

    /** The spine's joint between the vertebrae of a level (L5-S1 at the sacrum, L1-L2 below L1). */
    double[] junction(LumbarLevel level) {
        return spine[LumbarLevel.values().length - 1 - level.ordinal()];
    }

    /** Direction of the spine (from vertical, rad) at a level's joint: between its two vertebrae. */
    double junctionAngle(LumbarLevel level) {
        int below = LumbarLevel.values().length - 1 - level.ordinal();
        return below == 0 ? spineAngle[0] - (spineAngle[1] - spineAngle[0]) / 2
                : (spineAngle[below - 1] + spineAngle[below]) / 2;
    }

    /** The facet joints of a level: behind the joint between the vertebral bodies. */
    double[] facet(LumbarLevel level) {
        double a = junctionAngle(level);
        double[] j = junction(level);
        return new double[] {j[0] - FACET_BEHIND * Math.cos(a), j[1] - FACET_BEHIND * Math.sin(a)};
    }

    private static Leg leg(WalkingModel m, Side side) {
        // the hip's flexion is measured from the pelvis: a pelvis tilted forward carries the thigh back with it
        double thigh = Math.toRadians(m.hipFlexion(side) - (m.pelvicTilt() - UPRIGHT_TILT_DEG));
        double shank = thigh - Math.toRadians(m.kneeFlexion(side));
        double[] knee = down(new double[] {0, 0}, thigh, 1.0);
        double[] ankle = down(knee, shank, SHANK);
        double foot = shank + Math.toRadians(m.ankleDorsiflexion(side));
        double fx = Math.cos(foot);
        double fy = -Math.sin(foot);
        double[] heel = {ankle[0] + 0.1 * Math.sin(shank) - 0.1 * fx, ankle[1] + 0.1 * Math.cos(shank) - 0.1 * fy};
        double[] toe = {heel[0] + FOOT * fx, heel[1] + FOOT * fy};
        return new Leg(thigh, knee, ankle, heel, toe);
    }

    private static double lowest(Leg l) {
        return Math.max(l.heel()[1], l.toe()[1]);
    }

    /** From p, a length along a direction measured from straight down (forward positive). */
    private static double[] down(double[] p, double angle, double length) {
        return new double[] {p[0] + length * Math.sin(angle), p[1] + length * Math.cos(angle)};
    }

    /** From p, a length along a direction measured from straight up (forward positive). */
    static double[] along(double[] p, double angle, double length) {
        return new double[] {p[0] + length * Math.sin(angle), p[1] - length * Math.cos(angle)};
    }

    /** A point of the pelvis's own frame, rotated with the pelvis about the hip joint. */
    static double[] rotate(double x, double y, double angle) {
        double c = Math.cos(angle);
        double s = Math.sin(angle);
        return new double[] {x * c - y * s, x * s + y * c};
    }
}
