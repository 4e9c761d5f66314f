package org.crepituslab.tendon.model;

import static org.crepituslab.tendon.model.TendonConstants.DAMPING_N_S_PER_M;
import static org.crepituslab.tendon.model.TendonConstants.EFFECTIVE_MASS_KG;

/**
 * The tendon's sideways motion: m·ẍ = −∂U/∂x − c·ẋ in a {@link Landscape}, one semi-implicit Euler
 * sub-step at a time (velocity first, then position with the new velocity, which keeps the
 * oscillation in a well from gaining energy). Plain state, no properties: the model publishes it.
 */
final class TendonDynamics {
    private double x;
    private double v;

    /** At rest at x, metres. */
    void reset(double xM) {
        x = xM;
        v = 0;
    }

    /** One sub-step of h seconds in the landscape with the rest path at x0. */
    void advance(double h, Landscape landscape, double x0) {
        double accel = (-landscape.slope(x, x0) - DAMPING_N_S_PER_M * v) / EFFECTIVE_MASS_KG;
        v += accel * h;
        x += v * h;
    }

    /** Sideways position, metres. */
    double x() {
        return x;
    }

    /** Sideways speed, m/s. */
    double v() {
        return v;
    }
}
