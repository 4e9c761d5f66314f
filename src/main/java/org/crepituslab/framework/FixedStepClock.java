package org.crepituslab.framework;

/**
 * The one fixed-step accumulator of the models (tendon, grinding): cuts frame times into fixed
 * sub-steps. The frames' times are summed and the sub-steps due are the whole sub-steps in that
 * sum (with a millionth of a sub-step of tolerance, so 60 × 1/60 s and ragged frames agree), so the
 * trajectory does not depend on how time is cut into frames.
 */
public final class FixedStepClock {
    private final double substepS;
    /** Rounding in the summed frame times must not cost a sub-step. */
    private static final double TOLERANCE = 1e-6;
    private double elapsed;
    private long handedOut;
    private long substeps;

    public FixedStepClock(double substepS) {
        this.substepS = substepS;
    }

    /** Adds a frame of dt seconds and returns how many whole sub-steps are now due. */
    public long due(double dt) {
        elapsed += dt;
        long target = (long) Math.floor(elapsed / substepS + TOLERANCE);
        long n = Math.max(0, target - handedOut);
        handedOut += n;
        return n;
    }

    /** Counts one sub-step as done. */
    public void tick() {
        substeps++;
    }

    /** Simulated time: the sub-steps done, in seconds. */
    public double time() {
        return substeps * substepS;
    }

    public void reset() {
        substeps = 0;
        elapsed = 0;
        handedOut = 0;
    }
}
