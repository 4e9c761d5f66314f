package org.crepituslab.walking.model;

import org.crepituslab.facet.model.Side;

/**
 * Normative sagittal kinematics over one gait cycle (phase 0 = right initial contact, stance to
 * 60 %, swing to 100 %), shaped by the causes. Angles in degrees; hip flexion positive, extension
 * negative; pelvic tilt positive = anterior. The normative key points are from the shared gait
 * notes (hip ≈ 30° flexion at initial contact, 10–20° extension near 50 %, 30–35° flexion in late
 * swing; pelvic tilt oscillating 2–4° twice per stride about ≈ 10° anterior); how the causes move
 * them are modelling choices, named below.
 */
public final class GaitKinematics {
    /** Hip flexion at initial contact at normal speed, degrees. */
    static final double HIP_INITIAL_CONTACT_DEG = 30;
    /** Peak hip flexion in late swing at normal speed, degrees. */
    static final double HIP_LATE_SWING_DEG = 33;
    /** Where in the cycle the hip is most extended (terminal stance) and most flexed (late swing). */
    static final double PEAK_EXTENSION_PHASE = 0.5;
    static final double PEAK_FLEXION_PHASE = 0.87;
    /** Peak hip extension with supple flexors and strong glutes, degrees. */
    static final double FREE_EXTENSION_DEG = 17;
    /** Extension lost at full hip-flexor tightness (modelling choice: a short iliopsoas stops the thigh early). */
    static final double TIGHTNESS_EXTENSION_LOSS_DEG = 8;
    /** Extension lost with no gluteal strength (modelling choice: weak hip extensors push the thigh back less). */
    static final double GLUTE_EXTENSION_LOSS_DEG = 3;
    /** Standing anterior pelvic tilt with supple flexors, strong glutes and an engaged core, degrees. */
    static final double BASE_TILT_DEG = 9;
    /** Extra mean anterior tilt at full tightness (modelling choice: the iliopsoas pulls the pelvis forward). */
    static final double TIGHTNESS_TILT_DEG = 4;
    /** Extra mean anterior tilt with no deep core (modelling choice). */
    static final double CORE_TILT_DEG = 1;
    /** Extra mean anterior tilt with no gluteal strength (modelling choice: the glutes tilt the pelvis back). */
    static final double GLUTE_TILT_DEG = 1.5;
    /** Peak-to-peak pelvic tilt oscillation at normal speed, degrees (normative 2–4°). */
    static final double TILT_OSCILLATION_DEG = 3;
    /**
     * Degrees of extra anterior tilt per degree of lost hip extension, at each leg's terminal
     * stance (modelling choice: the pelvis tilts forward to let the thigh go back, in 30–60 % of the cycle).
     */
    static final double TILT_COMPENSATION = 0.6;
    /**
     * Hip extension a stride at normal speed needs, degrees (modelling choice): a hip that cannot
     * reach it leaves the pelvis to make up the difference.
     */
    static final double NEEDED_EXTENSION_DEG = 13;
    /** The window of that compensation in each leg's own cycle. */
    static final double COMPENSATION_START = 0.3;
    static final double COMPENSATION_END = 0.6;
    /** Standing lumbar lordosis at the reference tilt, degrees, and how it follows the pelvis (modelling choice). */
    static final double LORDOSIS_AT_REFERENCE_DEG = 45;
    static final double REFERENCE_TILT_DEG = 10;
    static final double LORDOSIS_PER_TILT = 0.8;

    private GaitKinematics() {
    }

    /** Cadence in steps per minute at a speed (modelling fit to 100–120 steps/min at 1.2–1.4 m/s). */
    public static double cadence(double speed) {
        return 70 + 30 * speed;
    }

    /** Duration of one gait cycle (two steps, a stride), s. */
    public static double strideTime(double speed) {
        return 120 / cadence(speed);
    }

    /** Joint excursions grow a little with speed (modelling choice): 1 at 1.3 m/s. */
    static double excursionScale(double speed) {
        return 0.8 + 0.2 * speed / Causes.SPEED_NORMAL;
    }

    /** Peak hip extension of this walk, degrees (positive number = extension). */
    public static double peakExtension(Causes c) {
        double e = FREE_EXTENSION_DEG - TIGHTNESS_EXTENSION_LOSS_DEG * c.hipFlexorTightness()
                - GLUTE_EXTENSION_LOSS_DEG * (1 - c.glutes());
        return e * excursionScale(c.speed());
    }

    /** Extension short of what the stride needs, degrees (0 when the hip reaches it). */
    static double extensionDeficit(Causes c) {
        return Math.max(0, NEEDED_EXTENSION_DEG * excursionScale(c.speed()) - peakExtension(c));
    }

    /** Hip flexion of a leg at its own phase, degrees: cosine easing between the normative key points. */
    public static double hipFlexion(double legPhase, Causes c) {
        double s = excursionScale(c.speed());
        double ic = HIP_INITIAL_CONTACT_DEG * s;
        double ext = -peakExtension(c);
        double swing = HIP_LATE_SWING_DEG * s;
        double p = legPhase - Math.floor(legPhase);
        if (p < PEAK_EXTENSION_PHASE) {
            return ease(ic, ext, p / PEAK_EXTENSION_PHASE);
        }
        if (p < PEAK_FLEXION_PHASE) {
            return ease(ext, swing, (p - PEAK_EXTENSION_PHASE) / (PEAK_FLEXION_PHASE - PEAK_EXTENSION_PHASE));
        }
        return ease(swing, ic, (p - PEAK_FLEXION_PHASE) / (1 - PEAK_FLEXION_PHASE));
    }

    /** Mean anterior pelvic tilt the causes set, before the in-cycle compensation, degrees. */
    static double baseTilt(Causes c) {
        return BASE_TILT_DEG + TIGHTNESS_TILT_DEG * c.hipFlexorTightness() + CORE_TILT_DEG * (1 - c.core())
                + GLUTE_TILT_DEG * (1 - c.glutes());
    }

    /** Anterior pelvic tilt at the right leg's phase, degrees: two oscillations per stride plus each leg's compensation. */
    public static double pelvicTilt(double phase, Causes c) {
        double amplitude = TILT_OSCILLATION_DEG * excursionScale(c.speed()) / 2;
        double oscillation = amplitude * Math.cos(4 * Math.PI * (phase - PEAK_EXTENSION_PHASE));
        double compensation = TILT_COMPENSATION * extensionDeficit(c)
                * (window(LegPhase.of(Side.RIGHT, phase)) + window(LegPhase.of(Side.LEFT, phase)));
        return baseTilt(c) + oscillation + compensation;
    }

    /** Lumbar lordosis, degrees: follows the pelvis. */
    public static double lordosis(double tilt) {
        return LORDOSIS_AT_REFERENCE_DEG + LORDOSIS_PER_TILT * (tilt - REFERENCE_TILT_DEG);
    }

    /** True when the gait phase passed {@code mark} going from {@code from} to {@code to} (wrapping at 1). */
    static boolean crossed(double from, double to, double mark) {
        return from <= to ? from < mark && mark <= to : from < mark || mark <= to;
    }

    private static double window(double p) {
        if (p <= COMPENSATION_START || p >= COMPENSATION_END) {
            return 0;
        }
        double s = Math.sin(Math.PI * (p - COMPENSATION_START) / (COMPENSATION_END - COMPENSATION_START));
        return s * s;
    }

    private static double ease(double from, double to, double f) {
        return from + (to - from) * (1 - Math.cos(Math.PI * f)) / 2;
    }
}
