package org.crepituslab.manipulation.model;

import org.crepituslab.facet.model.LumbarLevel;

/** What must always hold of the manipulation model; the fuzzer and the soak test check it. */
final class ManipulationInvariants {
    private ManipulationInvariants() {
    }

    /** Null, or the first broken invariant. */
    static String check(ManipulationModel m) {
        if (!Double.isFinite(m.time()) || m.time() < 0) {
            return "time not a finite non-negative number: " + m.time();
        }
        if (m.popsLastThrust() > JointId.COUNT) {
            return "more pops in one thrust than joints: " + m.popsLastThrust();
        }
        if (m.popCount() < m.popsLastThrust()) {
            return "fewer pops in all than in the last thrust";
        }
        for (LumbarLevel level : LumbarLevel.values()) {
            double lax = m.person().laxity(level);
            if (!(lax > 0) || lax > ManipulationConstants.MAX_LAXITY + 1e-9) {
                return "laxity of " + level.label() + " outside (0, max]: " + lax;
            }
        }
        for (int i = 0; i < JointId.COUNT; i++) {
            JointId j = JointId.of(i);
            double pull = m.pull(j);
            if (!(pull >= 0) || !Double.isFinite(pull)) {
                return "pull on " + j.label() + " not a finite non-negative number: " + pull;
            }
            if (m.refractoryRemaining(j) < 0) {
                return "negative refractory time at " + j.label();
            }
        }
        double inst = m.person().instability();
        if (!(inst >= 0 && inst <= 1)) {
            return "instability outside [0, 1]: " + inst;
        }
        return null;
    }
}
