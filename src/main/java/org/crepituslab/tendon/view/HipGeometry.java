package org.crepituslab.tendon.view;

/**
 * Schematic shapes of the right hemipelvis and femur seen from the side (anterior to the right,
 * superior up), in metres with the femoral head's centre at the origin. Drawing only: the physics
 * sees nothing of this except that the tendon runs from the iliopsoas over the ridge to the lesser
 * trochanter. Sizes are adult orders of magnitude, not a measured specimen.
 */
final class HipGeometry {
    private HipGeometry() {
    }

    /** The model-space rectangle the side view must show: pelvis above, the thigh's whole sweep below and in front. */
    static final double VIEW_MIN_X = -0.13;
    static final double VIEW_MAX_X = 0.29;
    static final double VIEW_MIN_Y = -0.31;
    static final double VIEW_MAX_Y = 0.215;

    static final double HEAD_RADIUS = 0.024;

    /** Outline of the hemipelvis (ilium, pubis, ischium), clockwise from the posterior iliac spine. */
    static final double[][] PELVIS = {
            {-0.085, 0.115}, {-0.065, 0.160}, {-0.015, 0.188}, {0.035, 0.177}, {0.072, 0.132},
            {0.062, 0.108}, {0.068, 0.088}, {0.056, 0.066}, {0.047, 0.050}, {0.060, 0.038},
            {0.088, 0.020}, {0.104, -0.004}, {0.098, -0.036}, {0.062, -0.052}, {0.020, -0.070},
            {-0.008, -0.090}, {-0.040, -0.080}, {-0.048, -0.030}, {-0.062, 0.025}, {-0.092, 0.070}};

    /** Obturator foramen: centre and radii. */
    static final double[] FORAMEN = {0.050, -0.024, 0.022, 0.015};

    /** The iliopectineal eminence: the ridge on the pelvic brim the tendon runs over. */
    static final double RIDGE_X = 0.050;
    static final double RIDGE_Y = 0.047;
    static final double RIDGE_RADIUS = 0.009;

    /** Where the tendon leaves the muscle belly, just above the ridge. */
    static final double MUSCLE_END_X = 0.044;
    static final double MUSCLE_END_Y = 0.082;

    /**
     * The iliopsoas belly as two cubic edges (start, control, control, end) from the lumbar spine and
     * iliac fossa at the top down to where it becomes tendon above the ridge.
     */
    static final double[] MUSCLE_BACK_EDGE = {-0.040, 0.205, -0.010, 0.155, 0.020, 0.120, 0.038, 0.086};
    static final double[] MUSCLE_FRONT_EDGE = {0.054, 0.088, 0.066, 0.125, 0.050, 0.175, 0.018, 0.205};

    /** Lesser trochanter in femur coordinates: distance down the shaft, offset towards posterior (negative). */
    static final double LESSER_TROCHANTER_S = 0.060;
    static final double LESSER_TROCHANTER_A = -0.019;
    static final double LESSER_TROCHANTER_RADIUS = 0.007;

    /** Greater trochanter and neck outline in femur coordinates (s down the shaft, a towards anterior). */
    static final double[][] TROCHANTER = {
            {-0.012, -0.030}, {0.020, -0.036}, {0.045, -0.018}, {0.045, 0.015}, {0.020, 0.022}, {0.000, 0.020}};

    static final double SHAFT_END_S = 0.255;
    static final double SHAFT_HALF_WIDTH = 0.014;
    static final double CONDYLE_RADIUS = 0.026;
    static final double THIGH_HALF_WIDTH = 0.060;

    /**
     * Where the tendon touches the ridge, as an angle on the ridge's outline: the sideways position
     * (out of the picture's plane) is shown as sliding round the ridge so the jump reads in the side
     * view. Degrees at x = 0, and degrees per millimetre of x, clamped to the given range.
     */
    static final double CONTACT_ANGLE_DEG = 25;
    static final double CONTACT_DEG_PER_MM = 12;
    static final double CONTACT_MIN_DEG = -30;
    static final double CONTACT_MAX_DEG = 80;
}
