package org.crepituslab.walking.model;

/**
 * One iliopsoas tendon crossing the bony ridge at the front of the hip, driven by the gait's own hip
 * angle. The same physics as the snapping-tendon screen (the shared notes' fold model), written
 * small for walking: the tendon's sideways position x sits in
 * <pre>
 *   U(x; x0) = T·h·exp(−x²/2w²) + k·(x − x0)²/2,   k = k_tissue + T/L,   x0 = s·(θ − θ_crest)
 * </pre>
 * (the ridge, work against the tension T to lengthen the path by up to h; and an elastic pull
 * towards the rest path x0 that the hip angle θ sets). When the ridge's peak curvature T·h/w²
 * exceeds k (a tight tendon) U has two wells; the tendon stays in its well until, as θ sweeps, that
 * well meets the crest's maximum and vanishes (a fold at x0 = ±w·u³/(1−u²), where
 * (1−u²)e^(−u²/2) = k·w²/(T·h)), and it jumps to the other well, releasing the energy difference.
 * Quasi-static: the jump is instantaneous on the gait's time scale.
 */
public final class IliopsoasFold {
    /** Half-width of the ridge, m (same anatomy as the tendon screen). */
    static final double RIDGE_HALF_WIDTH_M = 3.0e-3;
    /** Path lengthening over the crest, m. */
    static final double RIDGE_LENGTHENING_M = 0.6e-3;
    /** Tendon tension, relaxed and fully tight, N. */
    static final double TENSION_RELAXED_N = 30;
    static final double TENSION_TIGHT_N = 150;
    /** Free length of the tendon between its anchors, m. */
    static final double FREE_LENGTH_M = 0.06;
    /** Stiffness of the surrounding tissue, N/m. */
    static final double TISSUE_STIFFNESS_N_PER_M = 3600;
    /** How far the rest path moves per degree of hip angle, m/°. */
    static final double PATH_SHIFT_M_PER_DEG = 0.08e-3;
    /**
     * Hip flexion at which the rest path lies over the crest, degrees (modelling choice: inside the
     * walking range, so that the hip passes both fold angles when the tendon is tight).
     */
    static final double CREST_HIP_DEG = 10;

    private double tension;
    private double stiffness;
    private double ridgeCurvature;
    /** The rest-path offset of the folds, m; NaN when there is a single well (no snap possible). */
    private double foldOffset;
    private double inflection;
    /** Which side of the crest the tendon lies on, +1 or −1; 0 before the first update. */
    private int side;

    public IliopsoasFold(double tightness) {
        setTightness(tightness);
    }

    /** Changing the tightness keeps the tendon on its side of the ridge. */
    public void setTightness(double tightness) {
        tension = TENSION_RELAXED_N + (TENSION_TIGHT_N - TENSION_RELAXED_N) * tightness;
        stiffness = TISSUE_STIFFNESS_N_PER_M + tension / FREE_LENGTH_M;
        ridgeCurvature = tension * RIDGE_LENGTHENING_M / (RIDGE_HALF_WIDTH_M * RIDGE_HALF_WIDTH_M);
        double r = ridgeCurvature / stiffness;
        if (r > 1) {
            inflection = solveInflection(1 / r);
            foldOffset = RIDGE_HALF_WIDTH_M * Math.pow(inflection, 3) / (1 - inflection * inflection);
        } else {
            inflection = Double.NaN;
            foldOffset = Double.NaN;
        }
    }

    public boolean canSnap() {
        return !Double.isNaN(foldOffset);
    }

    /** Hip angles at which the tendon snaps going into flexion and into extension, degrees; NaN when it cannot. */
    public double snapAngleFlexing() {
        return CREST_HIP_DEG + foldOffset / PATH_SHIFT_M_PER_DEG;
    }

    public double snapAngleExtending() {
        return CREST_HIP_DEG - foldOffset / PATH_SHIFT_M_PER_DEG;
    }

    /** Moves the hip to θ degrees; returns the energy released by a snap (J), or 0 when the tendon stayed. */
    public double update(double hipDeg) {
        double x0 = PATH_SHIFT_M_PER_DEG * (hipDeg - CREST_HIP_DEG);
        if (side == 0) {
            side = x0 >= 0 ? 1 : -1;
            return 0;
        }
        if (!canSnap()) {
            side = x0 >= 0 ? 1 : -1;
            return 0;
        }
        if (side * x0 >= -foldOffset) {
            return 0;
        }
        // the well on this side has just vanished: from its last position (the fold) to the other well
        double before = potential(side * RIDGE_HALF_WIDTH_M * inflection, -side * foldOffset);
        side = -side;
        double after = potential(minimum(x0), x0);
        return Math.max(0, before - after);
    }

    /** Which side of the crest the tendon lies on (+1 flexion side, −1 extension side). */
    public int side() {
        return side;
    }

    public void reset() {
        side = 0;
    }

    private double potential(double x, double x0) {
        double d = x - x0;
        return tension * RIDGE_LENGTHENING_M * profile(x) + 0.5 * stiffness * d * d;
    }

    private double slope(double x, double x0) {
        return -ridgeCurvature * x * profile(x) + stiffness * (x - x0);
    }

    private static double profile(double x) {
        double u = x / RIDGE_HALF_WIDTH_M;
        return Math.exp(-0.5 * u * u);
    }

    /** The minimum of the well on the current side, by monotone descent (step below 1/max curvature). */
    private double minimum(double x0) {
        double x = side * 2 * RIDGE_HALF_WIDTH_M + x0;
        double step = 1 / (stiffness + 2 * ridgeCurvature);
        for (int i = 0; i < 10_000; i++) {
            double g = slope(x, x0);
            x -= g * step;
            if (Math.abs(g) < 1e-7) {
                break;
            }
        }
        return x;
    }

    /** Solves (1−u²)·e^(−u²/2) = q for u in (0, 1), by bisection (the left side falls monotonically). */
    static double solveInflection(double q) {
        double lo = 0;
        double hi = 1;
        for (int i = 0; i < 60; i++) {
            double mid = (lo + hi) / 2;
            if ((1 - mid * mid) * Math.exp(-mid * mid / 2) > q) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return (lo + hi) / 2;
    }
}
