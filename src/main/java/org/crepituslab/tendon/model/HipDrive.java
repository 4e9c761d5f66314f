package org.crepituslab.tendon.model;

import static org.crepituslab.tendon.model.TendonConstants.HIP_MAX_SPEED_RAD_PER_S;

/**
 * The hip-motion programme: where the hip is and where it is heading. A cycle advances its phase
 * and asks the {@link HipMotion} for the angle; a hold heads for the user's target. Either way the
 * hip turns no faster than {@link TendonConstants#HIP_MAX_SPEED_RAD_PER_S}, so a drag across the
 * whole range still sweeps the tendon over the ridge instead of teleporting it.
 */
final class HipDrive {
    private double theta;
    private double phase;

    /** Puts the hip at an angle at the start of a cycle. */
    void reset(double hipRad) {
        theta = hipRad;
        phase = 0;
    }

    /** A new cycle picks up from where the hip is, instead of jumping to the cycle's start. */
    void follow(HipMotion motion) {
        phase = motion.phaseOf(theta);
    }

    /** Advances the hip by one sub-step of h seconds and returns its new angle, radians. */
    double advance(double h, HipMotion motion, double periodS, double targetRad) {
        double target;
        if (motion.isCycle()) {
            phase += h / periodS;
            phase -= Math.floor(phase);
            target = motion.angleAt(phase);
        } else {
            target = targetRad;
        }
        double maxMove = HIP_MAX_SPEED_RAD_PER_S * h;
        theta += Math.max(-maxMove, Math.min(maxMove, target - theta));
        return theta;
    }

    /** Hip flexion, radians (positive = flexion). */
    double theta() {
        return theta;
    }

    /** Position in the current cycle, [0, 1). */
    double phase() {
        return phase;
    }
}
