package org.crepituslab.tendon.model;

/**
 * Cuts frame times into fixed sub-steps. A frame's leftover time is carried to the next frame in
 * whole nanoseconds, so the trajectory does not depend on how time is cut into frames and no
 * rounding drift builds up over a long run.
 */
final class SubstepClock {
    private final double substepS;
    private final long substepNanos;
    private long pendingNanos;
    private long substeps;

    SubstepClock(double substepS) {
        this.substepS = substepS;
        this.substepNanos = Math.round(substepS * 1e9);
    }

    /** Adds a frame of dt seconds and returns how many whole sub-steps are now due. */
    long due(double dt) {
        pendingNanos += Math.round(dt * 1e9);
        long n = pendingNanos / substepNanos;
        pendingNanos -= n * substepNanos;
        return n;
    }

    /** Counts one sub-step as done. */
    void tick() {
        substeps++;
    }

    /** Simulated time: the sub-steps done, in seconds. */
    double time() {
        return substeps * substepS;
    }

    void reset() {
        substeps = 0;
        pendingNanos = 0;
    }
}
