package org.crepituslab.tendon.model;

/**
 * Every number of the snapping-tendon model, in SI units, with its source or the reason it was
 * chosen. SCIENCE.md ("Snapping tendon") gives the mechanism, not these magnitudes: apart from the
 * hip ranges they are modelling choices, picked so the behaviour the literature describes (a snap
 * over the iliopectineal eminence, hysteresis, no snap in a relaxed tendon) appears at sensible
 * angles and sizes. They are illustrative, not measurements of any patient.
 */
public final class TendonConstants {
    private TendonConstants() {
    }

    // --- The ridge (iliopectineal eminence) as the tendon feels it --------------------------------

    /**
     * Half-width (Gaussian σ) of the ridge across the tendon's path. Modelling choice: a few
     * millimetres, the size of the bony prominence under a tendon about 1 cm wide.
     */
    public static final double RIDGE_HALF_WIDTH_M = 3.0e-3;

    /**
     * Extra tendon path length when it rides over the crest. The ridge's potential is tension ×
     * this lengthening (work done against the tension), which is why a tighter tendon feels a higher
     * ridge. Modelling choice.
     */
    public static final double RIDGE_PATH_LENGTHENING_M = 1.2e-3;

    /** Lateral position of the ridge crest; x is measured from it. */
    public static final double RIDGE_CREST_M = 0.0;

    // --- Tension and the elastic coupling ----------------------------------------------------------

    /** Passive tendon tension of a relaxed hip flexor. Modelling choice. */
    public static final double TENSION_RELAXED_N = 30.0;

    /**
     * Tension at full tightness (tightness = 1). Modelling choice: eight times the relaxed value. In
     * between, tension rises exponentially with tightness, as a tendon's does with stretch in the toe
     * region of its stress–strain curve, so the last hours of tightening raise it most.
     */
    public static final double TENSION_TIGHT_N = 240.0;

    /**
     * Free length of tendon on either side of the contact: a string under tension T pushed sideways
     * resists with stiffness ≈ T / length, so tension also stiffens the coupling. Modelling choice.
     */
    public static final double FREE_LENGTH_M = 0.06;

    /**
     * Stiffness of the surrounding tissue (bursa, fascia) holding the tendon on its path. Modelling
     * choice: it puts the typical hip's static fold threshold (coupling curvature equal to the
     * ridge's) at tightness 0.75, T* = k_tissue / (h_R/w² − 1/L) = 143 N, i.e. 9 h of
     * sitting a day, so the default desk day of 8 h does not make the typical hip snap (most people
     * do not snap: 5–10 %, Winston et al. 2007). Which people do snap comes from the spread of
     * anatomy in {@link PopulationProfile}.
     */
    public static final double TISSUE_STIFFNESS_N_PER_M = 16_650.0;

    // --- Dynamics ----------------------------------------------------------------------------------

    /** Effective moving mass of the tendon and the muscle belly it drags sideways. Modelling choice. */
    public static final double EFFECTIVE_MASS_KG = 0.02;

    /**
     * Viscous damping of the sideways motion. Modelling choice: damping ratio ≈ 0.2 in the wells
     * (about 110 Hz), so a snap rings for a few cycles (the "thud") and settles within ~20 ms.
     */
    public static final double DAMPING_N_S_PER_M = 4.0;

    /**
     * Fixed integration sub-step. Semi-implicit Euler is stable for h·ω < 2; the stiffest well has
     * ω ≈ 900 rad/s, so h·ω ≈ 0.09, and a snap (~5 ms) spans ~50 sub-steps.
     */
    public static final double SUBSTEP_S = 1.0e-4;

    /**
     * A ridge crossing counts as a snap only at this speed or faster. Quasi-static sliding (the
     * tendon carried by the hip, at most ≈ 50 mm/s at the fastest hip speed) stays below it; a snap
     * crosses at 0.2–2 m/s.
     */
    public static final double SNAP_MIN_SPEED_M_PER_S = 0.1;

    // --- How the hip moves the tendon's path ------------------------------------------------------

    /**
     * How far the tendon's rest path shifts sideways per radian of hip flexion (0.08 mm per degree).
     * Modelling choice: a full flexion–extension sweep moves the path about 7 mm across the ridge.
     */
    public static final double PATH_SHIFT_M_PER_RAD = 0.08e-3 * 180.0 / Math.PI;

    /**
     * Hip flexion at which the rest path lies over the crest. Modelling choice: between the
     * extended hip and the flexed–abducted position the snap is provoked from (SCIENCE.md).
     */
    public static final double CREST_ALIGNED_HIP_RAD = Math.toRadians(35);

    /**
     * Extra anterior pelvic tilt at pelvicTilt = 1. Modelling choice (seed 000: tight hip flexors
     * pull the pelvis forward): a tilted pelvis flexes the hip relative to the pelvis, so it shifts
     * the tendon's path like that many degrees of extra hip flexion.
     */
    public static final double MAX_EXTRA_TILT_RAD = Math.toRadians(15);

    /**
     * Fraction of the extra tilt that full core engagement removes. Modelling choice (seed 001:
     * engaging the abdominal muscles helps avoid an exaggerated anterior pelvic tilt).
     */
    public static final double CORE_TILT_REDUCTION = 0.6;

    /** Most extended hip the user can set (hip extension is about 10–20°). */
    public static final double HIP_MIN_RAD = Math.toRadians(-15);

    /** Most flexed hip the user can set (with the knee bent the hip flexes to about 120°). */
    public static final double HIP_MAX_RAD = Math.toRadians(100);

    /**
     * Fastest the hip is moved when following a drag or a cycle: about the speed of a brisk kick.
     * Limits how hard a mouse flick can drag the tendon.
     */
    public static final double HIP_MAX_SPEED_RAD_PER_S = Math.toRadians(600);

    // --- Abduction and external rotation (the clinical manoeuvre) ---------------------------------

    /**
     * Abduction and external rotation at the flexed–abducted–externally rotated end of the clinical
     * manoeuvre (Piechota et al. 2016 describe the test; these magnitudes are modelling choices of
     * an ordinary range: abduction about 30°, external rotation about 40°).
     */
    public static final double MANOEUVRE_ABDUCTION_RAD = Math.toRadians(30);
    public static final double MANOEUVRE_EXTERNAL_ROTATION_RAD = Math.toRadians(40);

    /**
     * Share of the ridge's path lengthening that full abduction with external rotation takes away:
     * rolled outwards, the femoral head carries the tendon laterally, so it meets the eminence
     * lower on its flank and needs a shorter detour to cross it. Modelling choice (0.6: the ridge
     * is felt at 40 % of its height), large enough that the tendon glides across quietly on the way
     * into flexion at any tightness, and meets the full ridge on the return to extension in neutral
     * rotation, where it snaps. This is the asymmetry between the way in and the way back.
     */
    public static final double RIDGE_LIFT_IN_ABDUCTION = 0.6;

    // --- Tightness from sitting -------------------------------------------------------------------

    /**
     * Hours sitting per day mapped linearly to tightness 0..1, saturating at this many. Modelling
     * choice for teaching (seeds 000/001: prolonged sitting tightens the hip flexors); it is not a
     * measured dose–response.
     */
    public static final double SITTING_HOURS_FOR_FULL_TIGHTNESS = 12.0;

    /** Default: a desk day of 8 hours sitting. */
    public static final double DEFAULT_SITTING_HOURS = 8.0;

    public static double tightnessFromSittingHours(double hours) {
        return clamp01(hours / SITTING_HOURS_FOR_FULL_TIGHTNESS);
    }

    public static double sittingHoursFromTightness(double tightness) {
        return clamp01(tightness) * SITTING_HOURS_FOR_FULL_TIGHTNESS;
    }

    /** Tendon tension (N) at a tightness 0..1. */
    public static double tension(double tightness) {
        return TENSION_RELAXED_N * Math.pow(TENSION_TIGHT_N / TENSION_RELAXED_N, clamp01(tightness));
    }

    /** The tightness at which the tension is this (the inverse of {@link #tension}); may lie outside 0..1. */
    public static double tightnessForTension(double tensionN) {
        return Math.log(tensionN / TENSION_RELAXED_N) / Math.log(TENSION_TIGHT_N / TENSION_RELAXED_N);
    }

    /** Extra pelvic tilt (rad) after the core has taken its share off. */
    public static double effectiveTilt(double pelvicTilt, double coreEngagement) {
        return clamp01(pelvicTilt) * MAX_EXTRA_TILT_RAD * (1 - CORE_TILT_REDUCTION * clamp01(coreEngagement));
    }

    static double clamp01(double v) {
        return Double.isNaN(v) ? 0 : Math.max(0, Math.min(1, v));
    }
}
