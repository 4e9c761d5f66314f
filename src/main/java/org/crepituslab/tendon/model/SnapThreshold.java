package org.crepituslab.tendon.model;

import static org.crepituslab.tendon.model.TendonConstants.FREE_LENGTH_M;
import static org.crepituslab.tendon.model.TendonConstants.RIDGE_HALF_WIDTH_M;
import static org.crepituslab.tendon.model.TendonConstants.RIDGE_PATH_LENGTHENING_M;
import static org.crepituslab.tendon.model.TendonConstants.TISSUE_STIFFNESS_N_PER_M;

/**
 * The tightness from which a movement snaps, found from the model rather than stated: below the
 * static fold threshold of the hip in neutral nothing can snap; above it, whether a movement snaps
 * depends on where and how fast it crosses the ridge, so the threshold is found by running the
 * movement (two cycles) and bisecting on tightness. A slow movement near the threshold releases its
 * snap too gently to count; a faster one snaps sooner.
 */
public final class SnapThreshold {
    /** Bisection steps: the threshold to about 0.001 of tightness. */
    private static final int STEPS = 10;
    private static final int CYCLES = 2;

    private SnapThreshold() {
    }

    /**
     * The lowest tightness (0..1) at which this movement snaps at least once in two cycles, or NaN
     * when it does not snap even fully tight. HOLD is taken as the clinical manoeuvre.
     */
    public static double of(Anatomy anatomy, HipMotion motion, double periodS, double pelvicTilt, double core) {
        double lo = Math.max(0, foldTightness(anatomy));
        if (!(lo < 1)) {
            return Double.NaN;
        }
        double hi = 1;
        if (!snaps(anatomy, hi, motion, periodS, pelvicTilt, core)) {
            return Double.NaN;
        }
        for (int i = 0; i < STEPS; i++) {
            double mid = 0.5 * (lo + hi);
            if (snaps(anatomy, mid, motion, periodS, pelvicTilt, core)) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return hi;
    }

    private static boolean snaps(Anatomy a, double tightness, HipMotion motion, double periodS, double tilt,
                                 double core) {
        return !SnapTrial.run(a, tightness, motion, periodS, tilt, core, CYCLES).isEmpty();
    }

    /**
     * Tightness at which this hip's full ridge first has two wells (may lie outside 0..1: +∞ when the
     * ridge is too low to ever fold). No movement snaps below it.
     */
    public static double foldTightness(Anatomy a) {
        double curvaturePerTension = a.ridgeScale() * RIDGE_PATH_LENGTHENING_M / (RIDGE_HALF_WIDTH_M * RIDGE_HALF_WIDTH_M)
                - 1 / FREE_LENGTH_M;
        if (!(curvaturePerTension > 0)) {
            return Double.POSITIVE_INFINITY;
        }
        double tension = TISSUE_STIFFNESS_N_PER_M / curvaturePerTension / a.tensionScale();
        return TendonConstants.tightnessForTension(tension);
    }
}
