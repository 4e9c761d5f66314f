package org.crepituslab.manipulation.model;

import static org.crepituslab.manipulation.model.ManipulationConstants.CONTRALATERAL_SHARE;
import static org.crepituslab.manipulation.model.ManipulationConstants.LOAD_SPREAD;
import static org.crepituslab.manipulation.model.ManipulationConstants.RELEASE_S;
import static org.crepituslab.manipulation.model.ManipulationConstants.SELF_TWIST_LOAD;
import static org.crepituslab.manipulation.model.ManipulationConstants.TARGETED_THRUST;
import static org.crepituslab.manipulation.model.ManipulationConstants.THRUST_DURATION_S;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BiPredicate;
import org.crepituslab.facet.model.LumbarLevel;
import org.crepituslab.facet.model.Side;

/**
 * One thrust or twist on a person's spine. The load rises smoothly over the thrust's ≈ 139 ms
 * (a half cosine), spreads along the segments ({@link LoadSharing}), and opens each segment's
 * facets by load × laxity × the default pop pull — the gapping side fully, the other
 * {@link ManipulationConstants#CONTRALATERAL_SHARE} of it. A ready joint pops the moment its pull
 * reaches its own pop pull (its fluid reaches its nucleation threshold); the moment follows from
 * the rise. Which side gaps, and the thrust's size, vary from thrust to thrust.
 */
public final class Thrust {
    private Thrust() {
    }

    /**
     * Performs a thrust.
     *
     * @param ready whether a joint (by index) can pop at a time (s after the thrust began)
     */
    public static ThrustOutcome perform(Technique technique, LumbarLevel target, Person person, SplittableRandom random,
            BiPredicate<Integer, Double> ready) {
        double mean = technique == Technique.SELF_TWIST ? SELF_TWIST_LOAD : TARGETED_THRUST;
        double size = mean * Math.max(0.2, 1 + LOAD_SPREAD * Person.gaussian(random));
        Side gapping = random.nextBoolean() ? Side.LEFT : Side.RIGHT;
        LumbarLevel aimed = technique == Technique.SELF_TWIST ? null : target;
        double[] load = LoadSharing.loads(technique, target, person, size);
        double unit = FacetParts.defaultPopPull();
        double[] peak = new double[JointId.COUNT];
        List<SpinePop> pops = new ArrayList<>();
        for (LumbarLevel level : LumbarLevel.values()) {
            for (Side side : Side.values()) {
                JointId joint = new JointId(level, side);
                double share = side == gapping ? 1 : CONTRALATERAL_SHARE;
                double pull = load[level.ordinal()] * person.laxity(level) * unit * share;
                peak[joint.index()] = pull;
                double popPull = person.popPull(joint);
                if (pull >= popPull) {
                    double t = riseTime(popPull / pull);
                    if (ready.test(joint.index(), t)) {
                        double threshold = person.threshold(joint);
                        pops.add(new SpinePop(t, joint, threshold, FacetParts.relativeEnergy(threshold),
                                FacetParts.gap(popPull)));
                    }
                }
            }
        }
        pops.sort(Comparator.comparingDouble(SpinePop::time));
        return new ThrustOutcome(technique, aimed, gapping, peak, pops);
    }

    /** Share of the peak pull at t seconds after the thrust began: a half-cosine rise, held, then released. */
    public static double shape(double t) {
        if (t <= 0) {
            return 0;
        }
        if (t < THRUST_DURATION_S) {
            return 0.5 - 0.5 * Math.cos(Math.PI * t / THRUST_DURATION_S);
        }
        double after = t - THRUST_DURATION_S;
        return after >= RELEASE_S ? 0 : 0.5 + 0.5 * Math.cos(Math.PI * after / RELEASE_S);
    }

    /** When the rise reaches this share (0–1] of its peak, s after the thrust began. */
    static double riseTime(double share) {
        double s = Math.max(0, Math.min(1, share));
        return THRUST_DURATION_S / Math.PI * Math.acos(1 - 2 * s);
    }

    /** How long a thrust and its release take, s. */
    public static double totalDuration() {
        return THRUST_DURATION_S + RELEASE_S;
    }
}
