package org.crepituslab.manipulation.model;

import java.util.List;
import org.crepituslab.facet.model.LumbarLevel;
import org.crepituslab.facet.model.Side;

/**
 * What one thrust or twist did: the peak pull on each of the ten joints and the pops, in time order.
 *
 * @param technique  targeted or self-twist
 * @param target     the targeted segment (null for a self-twist)
 * @param gapping    the side whose facets opened most
 * @param peakPull   the largest pull on each joint, m, by {@link JointId#index()}
 * @param pops       the joints that popped, earliest first
 */
public record ThrustOutcome(Technique technique, LumbarLevel target, Side gapping, double[] peakPull,
        List<SpinePop> pops) {
    public ThrustOutcome {
        peakPull = peakPull.clone();
        pops = List.copyOf(pops);
    }

    /** Whether both a left and a right joint popped. */
    public boolean bilateral() {
        boolean left = pops.stream().anyMatch(p -> p.joint().side() == Side.LEFT);
        boolean right = pops.stream().anyMatch(p -> p.joint().side() == Side.RIGHT);
        return left && right;
    }

    /** Whether either joint of the level popped. */
    public boolean popped(LumbarLevel level) {
        return level != null && pops.stream().anyMatch(p -> p.joint().level() == level);
    }

    /** Pops at segments other than the target (all of them for a self-twist). */
    public long offTarget() {
        return pops.stream().filter(p -> p.joint().level() != target).count();
    }

    /** The pull on a joint t seconds after the thrust began, m (the thrust's smooth rise, then the release). */
    public double pull(JointId joint, double t) {
        return peakPull[joint.index()] * Thrust.shape(t);
    }
}
