package org.crepituslab.facet.model;

import static org.crepituslab.facet.model.FacetConstants.MAX_STRETCH;
import static org.crepituslab.facet.model.FacetConstants.STRETCH_HOLD;

/**
 * The pull on the joint and what moves it: either a pull the user asks for (slider, drag, keys),
 * which the joint follows at the stretch speed, or the standard stretch (pull to the stretch
 * amount, hold, let go), optionally repeated. The pull moves at a constant speed between moments
 * where it changes course, so the joint can cut its steps exactly there.
 */
public final class StretchProgramme {
    private enum Phase { NONE, UP, HOLD, DOWN, PAUSE }

    private double rate;
    private double amount;
    private double requested;
    private double pull;
    private Phase phase;
    private double holdEnd;
    private boolean repeating;

    StretchProgramme() {
        reset();
    }

    /** No pull, no programme, the default speed and amount. */
    void reset() {
        rate = FacetConstants.STRETCH_RATE;
        amount = FacetConstants.STANDARD_STRETCH;
        requested = 0;
        pull = 0;
        phase = Phase.NONE;
        repeating = false;
        holdEnd = 0;
    }

    /** A pull within what the joint allows, m. */
    public static double clampPull(double metres) {
        return Math.max(0, Math.min(MAX_STRETCH, metres));
    }

    /** The pull the user asks for (slider or drag), m; the joint follows at the stretch speed. */
    public void setRequestedPull(double metres) {
        phase = Phase.NONE;
        repeating = false;
        requested = clampPull(metres);
    }

    /** Starts the standard stretch: pull to the stretch amount, hold, let go. */
    public void startStandard() {
        phase = Phase.UP;
        requested = amount;
    }

    /**
     * Repeats the standard stretch without end (half a second of rest between), for the busy state
     * of benchmarks and soak runs; a manual pull stops it.
     */
    public void setRepeating(boolean on) {
        repeating = on;
        if (on && phase == Phase.NONE) {
            startStandard();
        }
    }

    public boolean isProgramRunning() {
        return phase != Phase.NONE;
    }

    /** The pull applied to the joint now, m. */
    public double pull() {
        return pull;
    }

    public double requestedPull() {
        return requested;
    }

    /** Stretch speed, m/s. */
    public double rate() {
        return rate;
    }

    public void setRate(double metresPerSecond) {
        rate = Math.max(FacetConstants.STRETCH_RATE_MIN, Math.min(FacetConstants.STRETCH_RATE_MAX, metresPerSecond));
    }

    /** Pull of the standard stretch, m. */
    public double amount() {
        return amount;
    }

    public void setAmount(double metres) {
        amount = clampPull(metres);
    }

    // --- for the joint's time stepping ------------------------------------------------------------

    /** Rate of change of the pull now, m/s. */
    double velocity() {
        if (requested > pull) {
            return rate;
        }
        if (requested < pull) {
            return -rate;
        }
        return 0;
    }

    /** Next time the pull changes course: it reaches the requested value, or the hold ends. */
    double nextKink(double time, double velocity) {
        double t = Double.POSITIVE_INFINITY;
        if (velocity != 0) {
            t = time + Math.abs(requested - pull) / rate;
        }
        if (phase == Phase.HOLD || phase == Phase.PAUSE) {
            t = Math.min(t, holdEnd);
        }
        return t;
    }

    /** Moves the pull on at the given speed for dt seconds. */
    void move(double velocity, double dt) {
        pull += velocity * dt;
    }

    /** Puts the pull back where it was (a step is being redone up to a crossing). */
    void restorePull(double metres) {
        pull = metres;
    }

    /** At a kink (time {@code time}): lands exactly on the requested pull and takes the next phase. */
    void atKink(double time) {
        if (Math.abs(requested - pull) <= 1e-12) {
            pull = requested;
        }
        switch (phase) {
            case UP -> {
                if (pull == requested) {
                    phase = Phase.HOLD;
                    holdEnd = time + STRETCH_HOLD;
                }
            }
            case HOLD -> {
                if (time >= holdEnd) {
                    phase = Phase.DOWN;
                    requested = 0;
                }
            }
            case DOWN -> {
                if (pull == 0) {
                    phase = repeating ? Phase.PAUSE : Phase.NONE;
                    holdEnd = time + STRETCH_HOLD;
                }
            }
            case PAUSE -> {
                if (time >= holdEnd) {
                    startStandard();
                }
            }
            default -> {
            }
        }
    }
}
