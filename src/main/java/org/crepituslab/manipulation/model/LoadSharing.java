package org.crepituslab.manipulation.model;

import static org.crepituslab.manipulation.model.ManipulationConstants.TARGETED_PRELOAD;
import static org.crepituslab.manipulation.model.ManipulationConstants.TRUNK_COMPLIANCE;

import java.util.Arrays;
import org.crepituslab.facet.model.LumbarLevel;

/**
 * How a thrust's load spreads along the lumbar spine. The segments are springs in series between
 * the sacrum (held by the pelvis) and the trunk above L1; a segment's laxity is its compliance.
 * <ul>
 * <li>A self-twist is one torque through the whole chain: every segment carries the same load, so
 *     each moves in proportion to its laxity and the loosest segments move most.</li>
 * <li>A targeted manipulation first takes up the slack of every segment (the set-up, a load
 *     through the chain) and then pushes on the target's upper vertebra: that push divides between
 *     the segments below it (to the sacrum) and those above it (to the trunk) inversely to each
 *     branch's compliance, like two springs from one point.</li>
 * </ul>
 * Loads are in units of the load that takes a typical segment's facets to the default pop pull.
 */
public final class LoadSharing {
    private LoadSharing() {
    }

    /** The load each segment carries, top to bottom, for a thrust of the given size. */
    public static double[] loads(Technique technique, LumbarLevel target, Person person, double size) {
        LumbarLevel[] levels = LumbarLevel.values();
        double[] load = new double[levels.length];
        if (technique == Technique.SELF_TWIST) {
            Arrays.fill(load, size);
            return load;
        }
        double below = 0;
        double above = TRUNK_COMPLIANCE;
        for (LumbarLevel level : levels) {
            if (level.ordinal() >= target.ordinal()) {
                below += person.laxity(level);
            } else {
                above += person.laxity(level);
            }
        }
        double down = size * above / (above + below);
        double up = size * below / (above + below);
        for (LumbarLevel level : levels) {
            load[level.ordinal()] = TARGETED_PRELOAD + (level.ordinal() >= target.ordinal() ? down : up);
        }
        return load;
    }
}
