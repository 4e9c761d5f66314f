package org.crepituslab.facet.model;

import static org.crepituslab.facet.model.FacetConstants.MAX_STRETCH;
import static org.crepituslab.facet.model.FacetConstants.P_ATM;

/**
 * What must hold of a joint at every moment, whatever the input: finite time, pressure, radius and
 * gap in their ranges, and every gas conserved between bubble and solution. The fuzzers and the
 * soak check it as they run.
 */
final class JointInvariants {
    private JointInvariants() {
    }

    /** Null, or the first broken invariant. */
    static String check(Joint joint) {
        double time = joint.time();
        if (!Double.isFinite(time) || time < 0) {
            return "time is not a finite non-negative number: " + time;
        }
        double pressure = joint.pressure();
        if (!Double.isFinite(pressure) || pressure + P_ATM < -1e7) {
            return "fluid pressure is not finite or absurdly negative: " + pressure + " Pa";
        }
        double r = joint.bubbleRadius();
        if (!(r >= 0) || !Double.isFinite(r)) {
            return "bubble radius is negative or not finite: " + r;
        }
        double pull = joint.stretch().pull();
        if (!(pull >= 0 && pull <= MAX_STRETCH + 1e-12)) {
            return "pull outside 0.." + MAX_STRETCH + " m: " + pull;
        }
        double g = joint.gap();
        if (!(g >= 0) || !Double.isFinite(g)) {
            return "gap is negative or not finite: " + g;
        }
        return joint.gas().checkConservation();
    }
}
