package org.crepituslab.grinding.model;

import static org.crepituslab.grinding.model.GrindingConstants.CYCLE_PERIOD_S;
import static org.crepituslab.grinding.model.GrindingConstants.STROKE_AMPLITUDE_M;

/**
 * The moving bone's movement cycle: a sinusoid that starts at rest at one end of its stroke, so
 * the contact starts in equilibrium (stuck, unstretched). A function of time alone, so any moment
 * of a run can be reproduced without replaying it.
 */
final class BoneMotion {
    private BoneMotion() {
    }

    /** Position of the moving bone at time t, metres. */
    static double position(double t) {
        return -STROKE_AMPLITUDE_M * Math.cos(2 * Math.PI * t / CYCLE_PERIOD_S);
    }

    /** Velocity of the moving bone at time t, m/s. */
    static double velocity(double t) {
        double w = 2 * Math.PI / CYCLE_PERIOD_S;
        return STROKE_AMPLITUDE_M * w * Math.sin(w * t);
    }
}
