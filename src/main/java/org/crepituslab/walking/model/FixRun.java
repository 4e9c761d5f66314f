package org.crepituslab.walking.model;

/**
 * "Try the fix" as it plays: the {@link FixProgramme} run forward while the person keeps walking,
 * so the causes change gradually and the rates of the last strides fall as they do. Weeks pass
 * at {@link #WEEKS_PER_STRIDE} of the walk shown (time compressed for watching; the programme
 * itself takes real weeks).
 */
public final class FixRun {
    /** Weeks of the programme that pass with each stride shown. */
    public static final double WEEKS_PER_STRIDE = 0.5;
    /** The causes are moved on at least every this many weeks (smooth enough to watch, rare enough to be cheap). */
    static final double UPDATE_WEEKS = 0.05;

    private Causes start;
    private double targetWeeks;
    private double weeks;
    private double applied;
    private boolean running;

    /** Starts the programme from these causes, for this many weeks. */
    void start(Causes from, double forWeeks) {
        start = from;
        targetWeeks = Math.max(0, forWeeks);
        weeks = 0;
        applied = 0;
        running = targetWeeks > 0;
    }

    void stop() {
        running = false;
    }

    public boolean running() {
        return running;
    }

    /** Weeks of the programme done so far (0 when none has run). */
    public double weeks() {
        return weeks;
    }

    /** Weeks the programme was started for. */
    public double targetWeeks() {
        return targetWeeks;
    }

    /** Walks on by this share of a stride; returns the causes to walk with now, or null when they need not change. */
    Causes advance(double strides) {
        if (!running) {
            return null;
        }
        weeks = Math.min(targetWeeks, weeks + strides * WEEKS_PER_STRIDE);
        if (weeks >= targetWeeks) {
            running = false;
        } else if (weeks - applied < UPDATE_WEEKS) {
            return null;
        }
        applied = weeks;
        return FixProgramme.after(start, weeks);
    }

    void reset() {
        start = null;
        targetWeeks = 0;
        weeks = 0;
        applied = 0;
        running = false;
    }
}
