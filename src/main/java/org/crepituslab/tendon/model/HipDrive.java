package org.crepituslab.tendon.model;

import static org.crepituslab.tendon.model.TendonConstants.HIP_MAX_SPEED_RAD_PER_S;

/**
 * The hip-motion programme: where the hip is and where it is heading. A cycle advances its phase
 * and asks the {@link HipMotion} for the flexion and the abduction–external rotation; a hold heads
 * for the user's target in neutral. Either way the hip turns no faster than
 * {@link TendonConstants#HIP_MAX_SPEED_RAD_PER_S}, so a drag across the whole range still sweeps
 * the tendon over the ridge instead of teleporting it.
 */
final class HipDrive {
    /** Fastest change of the abduction–rotation fraction: the whole roll in about a quarter second. */
    private static final double MAX_FABER_RATE_PER_S = 4;

    private double theta;
    private double faber;
    private double phase;

    /** Puts the hip at an angle, in neutral, at the start of a cycle. */
    void reset(double hipRad) {
        theta = hipRad;
        faber = 0;
        phase = 0;
    }

    /** A new cycle picks up from where the hip is, instead of jumping to the cycle's start. */
    void follow(HipMotion motion, Anatomy anatomy) {
        phase = motion.phaseOf(theta, anatomy);
    }

    /** Advances the hip by one sub-step of h seconds and returns its new flexion, radians. */
    double advance(double h, HipMotion motion, double periodS, double targetRad, Anatomy anatomy) {
        double target;
        double faberTarget;
        if (motion.isCycle()) {
            phase += h / periodS;
            phase -= Math.floor(phase);
            target = motion.angleAt(phase, anatomy);
            faberTarget = motion.faberAt(phase);
        } else {
            target = targetRad;
            faberTarget = 0;
        }
        double maxMove = HIP_MAX_SPEED_RAD_PER_S * h;
        theta += Math.max(-maxMove, Math.min(maxMove, target - theta));
        double maxRoll = MAX_FABER_RATE_PER_S * h;
        faber += Math.max(-maxRoll, Math.min(maxRoll, faberTarget - faber));
        return theta;
    }

    /** Hip flexion, radians (positive = flexion). */
    double theta() {
        return theta;
    }

    /** Abduction with external rotation, 0 neutral to 1 the manoeuvre's full roll. */
    double faber() {
        return faber;
    }

    /** Position in the current cycle, [0, 1). */
    double phase() {
        return phase;
    }
}
