package org.crepituslab.walking.model;

import org.crepituslab.facet.model.Side;

/** Each leg's own gait phase: the gait phase is the right leg's, the left leg is half a cycle behind. */
public final class LegPhase {
    /** How far the left leg's cycle lags the right leg's, in cycle fractions. */
    static final double LEFT_LAG = 0.5;

    private LegPhase() {
    }

    /** This leg's own gait phase (0 at its initial contact) when the right leg is at {@code phase}. */
    public static double of(Side side, double phase) {
        double p = phase - lag(side);
        return p - Math.floor(p);
    }

    private static double lag(Side side) {
        return side == Side.LEFT ? LEFT_LAG : 0.0;
    }
}
