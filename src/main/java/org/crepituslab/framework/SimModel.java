package org.crepituslab.framework;

/**
 * A screen's model. It advances only through {@link #step(double)} (seconds of simulated time),
 * never on its own timer, so results do not depend on the frame rate. Must not import
 * javafx.scene: models are tested without a toolkit.
 */
public interface SimModel {
    /** Advances the model by dt seconds of simulated time; dt may be any positive size. */
    void step(double dt);

    /** Restores every property to its initial value. */
    void reset();

    /** The fixed step used by the "single step" button, in seconds of simulated time. */
    default double singleStepSeconds() {
        return 1.0 / 60.0;
    }

    /** False for screens that do not evolve in time (no time controls are shown). */
    default boolean isAnimated() {
        return true;
    }

    /**
     * A named quantity of the live state, for quiz simulation tasks and "show me" checks, e.g.
     * "pops" or "frictionCoefficient"; NaN for a name this model does not know. Each screen
     * documents its names in doc/MODEL.md.
     */
    default double readout(String name) {
        return Double.NaN;
    }

    /**
     * Sets a named parameter (e.g. "wear" = 0.8) so a quiz "show me" link can open the screen in
     * the right state; returns false for a name this model does not know or a value out of range.
     */
    default boolean setParameter(String name, double value) {
        return false;
    }

    /** Stable text describing the first broken invariant, or null when the state is valid. */
    default String checkInvariants() {
        return null;
    }
}
