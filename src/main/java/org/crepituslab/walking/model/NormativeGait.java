package org.crepituslab.walking.model;

/**
 * The normative sagittal ranges of the shared gait notes, as bands over the gait cycle for a graph
 * to shade behind a walk: hip flexion between the low and the high ends of each key point (20–30°
 * at initial contact, 10–20° of extension near 50 %, 30–35° in late swing), eased between them as
 * the kinematics are; pelvic tilt within the normative standing range (7–13°) widened by half the
 * normative in-stride oscillation (2–4°) each way.
 */
public final class NormativeGait {
    public static final double HIP_CONTACT_LOW_DEG = 20;
    public static final double HIP_CONTACT_HIGH_DEG = 30;
    public static final double HIP_EXTENSION_LOW_DEG = 10;
    public static final double HIP_EXTENSION_HIGH_DEG = 20;
    public static final double HIP_SWING_LOW_DEG = 30;
    public static final double HIP_SWING_HIGH_DEG = 35;
    public static final double TILT_MEAN_LOW_DEG = 7;
    public static final double TILT_MEAN_HIGH_DEG = 13;
    public static final double TILT_OSCILLATION_LOW_DEG = 2;
    public static final double TILT_OSCILLATION_HIGH_DEG = 4;

    private NormativeGait() {
    }

    /** Lowest normative hip flexion at this phase of the leg's cycle, degrees (extension negative). */
    public static double hipLow(double phase) {
        return hip(phase, HIP_CONTACT_LOW_DEG, -HIP_EXTENSION_HIGH_DEG, HIP_SWING_LOW_DEG);
    }

    /** Highest normative hip flexion at this phase, degrees. */
    public static double hipHigh(double phase) {
        return hip(phase, HIP_CONTACT_HIGH_DEG, -HIP_EXTENSION_LOW_DEG, HIP_SWING_HIGH_DEG);
    }

    /** Lowest normative anterior pelvic tilt at any moment of the stride, degrees. */
    public static double tiltLow() {
        return TILT_MEAN_LOW_DEG - TILT_OSCILLATION_HIGH_DEG / 2;
    }

    /** Highest normative anterior pelvic tilt at any moment of the stride, degrees. */
    public static double tiltHigh() {
        return TILT_MEAN_HIGH_DEG + TILT_OSCILLATION_HIGH_DEG / 2;
    }

    private static double hip(double phase, double contact, double extension, double swing) {
        double p = phase - Math.floor(phase);
        double ext = GaitKinematics.PEAK_EXTENSION_PHASE;
        double flex = GaitKinematics.PEAK_FLEXION_PHASE;
        if (p < ext) {
            return ease(contact, extension, p / ext);
        }
        if (p < flex) {
            return ease(extension, swing, (p - ext) / (flex - ext));
        }
        return ease(swing, contact, (p - flex) / (1 - flex));
    }

    private static double ease(double from, double to, double f) {
        return from + (to - from) * (1 - Math.cos(Math.PI * f)) / 2;
    }
}
