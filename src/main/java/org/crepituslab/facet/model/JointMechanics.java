package org.crepituslab.facet.model;

import static org.crepituslab.facet.model.FacetConstants.CAPSULE_COMPLIANCE;
import static org.crepituslab.facet.model.FacetConstants.CAPSULE_COMPLIANCE_BULGING;
import static org.crepituslab.facet.model.FacetConstants.EFFECTIVE_AREA;
import static org.crepituslab.facet.model.FacetConstants.P_ATM;
import static org.crepituslab.facet.model.FacetConstants.P_VAPOUR;
import static org.crepituslab.facet.model.FacetConstants.RT;
import static org.crepituslab.facet.model.FacetConstants.SURFACE_TENSION;
import static org.crepituslab.facet.model.FacetConstants.TISSUE_STIFFNESS;

/**
 * The joint as a closed bag of almost incompressible fluid. Pulling the facets apart by
 * {@code pull} asks for A·pull more volume; the capsule gives a little (compliance C) and the
 * tissue spring lets the surfaces lag behind the pull (k), so unless a bubble fills the space the
 * fluid pressure falls:
 * <pre>
 *   p = (V_b − A·pull) / (C + A²/k)          gauge, Pa
 *   gap = pull + A·p/k                       the surfaces open less than the pull while p < 0
 * </pre>
 * with a softer capsule (more C) when the contents need more room than the joint space.
 */
public final class JointMechanics {
    /** System compliance under suction, m³/Pa. */
    public static final double COMPLIANCE_SUCTION = CAPSULE_COMPLIANCE
            + EFFECTIVE_AREA * EFFECTIVE_AREA / TISSUE_STIFFNESS;
    /** System compliance when bulging, m³/Pa. */
    public static final double COMPLIANCE_BULGING = CAPSULE_COMPLIANCE_BULGING
            + EFFECTIVE_AREA * EFFECTIVE_AREA / TISSUE_STIFFNESS;

    private JointMechanics() {
    }

    /** Gauge pressure, Pa, for a bubble of volume V (m³) under a pull (m). */
    public static double gaugePressure(double bubbleVolume, double pull) {
        double excess = bubbleVolume - EFFECTIVE_AREA * pull;
        return excess < 0 ? excess / COMPLIANCE_SUCTION : excess / COMPLIANCE_BULGING;
    }

    /** dp/dV of the joint around a bubble of volume V, Pa/m³. */
    static double stiffness(double bubbleVolume, double pull) {
        return 1 / compliance(bubbleVolume, pull);
    }

    private static double compliance(double bubbleVolume, double pull) {
        return bubbleVolume < EFFECTIVE_AREA * pull ? COMPLIANCE_SUCTION : COMPLIANCE_BULGING;
    }

    /** Separation of the articular surfaces beyond rest, m. */
    public static double gap(double pull, double gaugePressure) {
        return Math.max(0, pull + EFFECTIVE_AREA * gaugePressure / TISSUE_STIFFNESS);
    }

    /** The pull at which a joint with no bubble reaches the given (negative) gauge pressure, m. */
    public static double pullForPressure(double gauge) {
        return -gauge * COMPLIANCE_SUCTION / EFFECTIVE_AREA;
    }

    /**
     * The bubble volume in mechanical equilibrium, m³: gas (isothermal, slow time) plus vapour minus
     * the Laplace pressure balances the fluid pressure. Follows the branch near {@code guess}
     * (a bubble under tension is metastable) and otherwise takes the largest root; 0 when no
     * cavity can exist (no gas: the fluid fills the joint and, until a nucleus forms, holds even
     * a tension below its vapour pressure).
     */
    public static double equilibriumVolume(double gasAmount, double pull, double guess) {
        double nrt = Math.max(0, gasAmount) * RT;
        if (nrt == 0) {
            return 0;
        }
        if (guess > 0) {
            double lo = guess / 1.3;
            double hi = guess * 1.3;
            if (balance(nrt, lo, pull) > 0 && balance(nrt, hi, pull) < 0) {
                return refine(nrt, pull, lo, hi);
            }
        }
        double demand = EFFECTIVE_AREA * pull;
        double hi = Math.max(demand, nrt / (P_ATM - P_VAPOUR)) * 1.01 + 1e-18;
        while (balance(nrt, hi, pull) >= 0) {
            hi *= 2;
        }
        double lo = hi / 2;
        while (balance(nrt, lo, pull) <= 0) {
            lo /= 2;
            if (lo < 1e-21) {
                return 0;
            }
        }
        return refine(nrt, pull, lo, hi);
    }

    /** Bubble pressure minus fluid pressure at volume V: positive means the bubble wants to grow. */
    static double balance(double nrt, double volume, double pull) {
        double r = RayleighPlesset.radiusOfVolume(volume);
        return P_VAPOUR + nrt / volume - 2 * SURFACE_TENSION / r - P_ATM - gaugePressure(volume, pull);
    }

    private static double refine(double nrt, double pull, double lo, double hi) {
        double v = Math.sqrt(lo * hi);
        for (int i = 0; i < 60; i++) {
            double f = balance(nrt, v, pull);
            if (f > 0) {
                lo = v;
            } else {
                hi = v;
            }
            double r = RayleighPlesset.radiusOfVolume(v);
            double slope = -nrt / (v * v) + 2 * SURFACE_TENSION / (3 * r * v) - 1 / compliance(v, pull);
            double next = slope < 0 ? v - f / slope : Double.NaN;
            if (!(next > lo && next < hi)) {
                next = Math.sqrt(lo * hi);
            }
            if (Math.abs(next - v) <= 1e-12 * v || hi / lo < 1 + 1e-12) {
                return next;
            }
            v = next;
        }
        return v;
    }

    /**
     * Fraction s (0..1) of a pull change at which a bubble holding {@code gasAmount} mol first brings
     * the fluid to {@code pressure} (gauge, Pa), by bisection, while the pull moves from {@code pull0}
     * at {@code velocity} for h seconds; {@code guess} is a volume near the branch to follow.
     */
    static double crossing(double gasAmount, double pull0, double velocity, double h, double guess,
                           double pressure) {
        double lo = 0;
        double hi = 1;
        for (int i = 0; i < 50; i++) {
            double s = 0.5 * (lo + hi);
            double p = pull0 + velocity * s * h;
            double v = equilibriumVolume(gasAmount, p, guess);
            if (gaugePressure(v, p) > pressure) {
                lo = s;
            } else {
                hi = s;
            }
        }
        return hi;
    }
}
