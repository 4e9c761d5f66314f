package org.crepituslab.walking.model;

import java.util.SplittableRandom;
import org.crepituslab.facet.model.LumbarLevel;
import org.crepituslab.facet.model.Side;

/**
 * The ten lumbar facet joints (five levels × left/right). Each pops by the facet screen's rule: when
 * its gapping reaches the pull at which the fluid tears ({@link FacetRefractory#popPull()}, about
 * 0.4 mm), and not again until the facet model's refractory period has passed (about 20 minutes).
 * How far a joint gaps with a step is the walking part, and a modelling choice: its segment's
 * micro-motion, times the load its side carries, times a random factor drawn for every joint at
 * every half stride (log-normal: most steps gap it far less than the motion, a few more, which is
 * what "small uncontrolled movements" means). So a pop comes on the rising load of a heel strike,
 * from a joint nobody can predict, and far more often with a weak core (more motion).
 */
public final class FacetJoints {
    /** Typical gapping of a joint as a share of its segment's micro-motion × load (modelling choice). */
    static final double GAP_SHARE = 0.12;
    /** Spread (σ of the natural log) of the per-step random factor (modelling choice). */
    static final double GAP_SPREAD = 0.7;
    /** Where in each half stride the new factors are drawn: between the heel strikes, where motion is least. */
    static final double DRAW_PHASE = 0.29;

    private static final int JOINTS = LumbarLevel.values().length * Side.values().length;
    private final double[] readyAt = new double[JOINTS];
    private final double[] factor = new double[JOINTS];
    private final SplittableRandom random;
    private final double popPull = FacetRefractory.popPull();
    private final double refractory = FacetRefractory.periodS();

    public FacetJoints(long seed) {
        random = new SplittableRandom(seed);
        draw();
    }

    static int index(LumbarLevel level, Side side) {
        return level.ordinal() * Side.values().length + side.ordinal();
    }

    /** New random factors for every joint: at the start and at every half stride (whether or not a joint is ready). */
    void draw() {
        for (int i = 0; i < JOINTS; i++) {
            factor[i] = GAP_SHARE * Math.exp(GAP_SPREAD * random.nextGaussian());
        }
    }

    /** True when the gait phase crossed a drawing point (twice per stride) between two sub-steps. */
    static boolean drawDue(double from, double to) {
        return GaitKinematics.crossed(from, to, DRAW_PHASE) || GaitKinematics.crossed(from, to, DRAW_PHASE + 0.5);
    }

    /** How far this joint gaps now, m, for its segment's motion (mm) and its load (1 = standing). */
    double gapping(LumbarLevel level, Side side, double motionMm, double load) {
        return factor[index(level, side)] * motionMm * 1e-3 * load;
    }

    /** At time t (s): returns the energy if this joint popped now, else 0. */
    double step(LumbarLevel level, Side side, double t, double motionMm, double load) {
        int i = index(level, side);
        if (t < readyAt[i] || gapping(level, side, motionMm, load) < popPull) {
            return 0;
        }
        readyAt[i] = t + refractory;
        return FacetRefractory.popEnergy();
    }

    /** Seconds until this joint can pop again (0 when ready). */
    public double refractoryRemaining(LumbarLevel level, Side side, double t) {
        return Math.max(0, readyAt[index(level, side)] - t);
    }

    /** The facet model's refractory period the joints keep, s. */
    public double refractoryPeriod() {
        return refractory;
    }
}
