package org.crepituslab.walking.model;

import java.util.SplittableRandom;

/**
 * The ten lumbar facet joints (five levels × left/right), each able to pop by cavitation and then
 * refractory for {@link #REFRACTORY_S} (Unsworth et al. 1971: about 20 minutes before a joint can
 * crack again). Whether a ready joint pops is random: a hazard rate (pops per second) that rises
 * with the square of its segment's micro-motion and in proportion to its load. That rule and its
 * constants are modelling choices; the refractory period is the measured part.
 */
public final class FacetJoints {
    /** Time before a joint that popped can pop again, s. */
    public static final double REFRACTORY_S = 20 * 60;
    /** Pop hazard of one joint at the reference motion and neutral load, per second (modelling choice). */
    static final double HAZARD_AT_REFERENCE_PER_S = 0.003;
    /** Reference micro-motion of the hazard, mm. */
    static final double REFERENCE_MOTION_MM = 0.25;
    /** Energy released by one facet pop at neutral load, J (modelling choice, order of magnitude). */
    static final double POP_ENERGY_J = 0.005;

    private final double[] readyAt = new double[LumbarLevel.values().length * Side.values().length];
    private final SplittableRandom random;

    public FacetJoints(long seed) {
        random = new SplittableRandom(seed);
    }

    static int index(LumbarLevel level, Side side) {
        return level.ordinal() * Side.values().length + side.ordinal();
    }

    /**
     * One time step dt at time t (end of the step); returns the pop energy if this joint popped, else 0.
     */
    double step(LumbarLevel level, Side side, double t, double dt, double motionMm, double load) {
        int i = index(level, side);
        double ratio = motionMm / REFERENCE_MOTION_MM;
        double hazard = HAZARD_AT_REFERENCE_PER_S * ratio * ratio * load;
        // the random draw happens whether or not the joint is ready, so the sequence does not depend on history
        double draw = random.nextDouble();
        if (t < readyAt[i] || draw >= -Math.expm1(-hazard * dt)) {
            return 0;
        }
        readyAt[i] = t + REFRACTORY_S;
        return POP_ENERGY_J * load;
    }

    /** Seconds until this joint can pop again (0 when ready). */
    public double refractoryRemaining(LumbarLevel level, Side side, double t) {
        return Math.max(0, readyAt[index(level, side)] - t);
    }
}
