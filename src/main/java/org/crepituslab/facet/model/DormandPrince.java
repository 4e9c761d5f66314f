package org.crepituslab.facet.model;

import java.util.Arrays;

/**
 * Embedded Runge–Kutta 5(4) (Dormand & Prince 1980) with error control, for the small stiff-ish
 * systems of bubble dynamics: a collapse compresses ~100 µs of motion into a few steps, so the
 * step must shrink and grow with the error estimate rather than follow the frame rate.
 * Allocation-free after construction; first-same-as-last, so an accepted step costs six
 * evaluations of the right-hand side.
 */
public final class DormandPrince {
    /** The right-hand side dy/dt = f(t, y); must not keep references to its arrays. */
    public interface Ode {
        void derivatives(double t, double[] y, double[] dydt);
    }

    /** Lets the system reject a trial state (e.g. a negative radius) so the step is retried smaller. */
    public interface Guard {
        boolean acceptable(double[] y);
    }

    private static final double C2 = 1.0 / 5, C3 = 3.0 / 10, C4 = 4.0 / 5, C5 = 8.0 / 9;
    private static final double A21 = 1.0 / 5;
    private static final double A31 = 3.0 / 40, A32 = 9.0 / 40;
    private static final double A41 = 44.0 / 45, A42 = -56.0 / 15, A43 = 32.0 / 9;
    private static final double A51 = 19372.0 / 6561, A52 = -25360.0 / 2187, A53 = 64448.0 / 6561,
            A54 = -212.0 / 729;
    private static final double A61 = 9017.0 / 3168, A62 = -355.0 / 33, A63 = 46732.0 / 5247,
            A64 = 49.0 / 176, A65 = -5103.0 / 18656;
    private static final double B1 = 35.0 / 384, B3 = 500.0 / 1113, B4 = 125.0 / 192, B5 = -2187.0 / 6784,
            B6 = 11.0 / 84;
    // fifth-order weights minus the embedded fourth-order ones: the local error estimate
    private static final double E1 = 71.0 / 57600, E3 = -71.0 / 16695, E4 = 71.0 / 1920,
            E5 = -17253.0 / 339200, E6 = 22.0 / 525, E7 = -1.0 / 40;
    private static final double SAFETY = 0.9;
    private static final double MAX_GROWTH = 5;
    private static final double MIN_SHRINK = 0.2;
    /** A failed guard or a non-finite trial shrinks the step by this factor. */
    private static final double GUARD_SHRINK = 0.25;

    private final int n;
    private final Ode system;
    private final Guard guard;
    private final double rtol;
    private final double[] atol;
    private final double[] y;
    private final double[] k1, k2, k3, k4, k5, k6, k7, tmp, yNew;
    private double t;
    private double h;
    private double minStep;
    private boolean fsalValid;
    private long evaluations;

    public DormandPrince(int n, Ode system, Guard guard, double rtol, double[] atol) {
        if (atol.length != n) {
            throw new IllegalArgumentException("atol needs " + n + " entries");
        }
        this.n = n;
        this.system = system;
        this.guard = guard == null ? yy -> true : guard;
        this.rtol = rtol;
        this.atol = atol.clone();
        y = new double[n];
        k1 = new double[n];
        k2 = new double[n];
        k3 = new double[n];
        k4 = new double[n];
        k5 = new double[n];
        k6 = new double[n];
        k7 = new double[n];
        tmp = new double[n];
        yNew = new double[n];
    }

    /** Starts from (t0, y0) with a first trial step h0 (any positive guess; it adapts). */
    public void reset(double t0, double[] y0, double h0) {
        t = t0;
        System.arraycopy(y0, 0, y, 0, n);
        h = h0;
        minStep = Math.max(Math.ulp(Math.abs(t0)) * 16, 1e-300);
        fsalValid = false;
    }

    public void setAbsoluteTolerance(int i, double value) {
        atol[i] = value;
    }

    /**
     * Takes one accepted step that ends at or before {@code tMax}, landing exactly on it when it is
     * within reach. Returns false only if the step size underflowed (the system is singular there).
     */
    public boolean step(double tMax) {
        if (!fsalValid) {
            system.derivatives(t, y, k1);
            evaluations++;
            fsalValid = true;
        }
        while (true) {
            double remaining = tMax - t;
            if (remaining <= 0) {
                return true;
            }
            boolean lands = h >= remaining * (1 - 1e-12);
            double hh = lands ? remaining : h;
            if (!(hh > minStep) && !lands) {
                return false;
            }
            trial(hh);
            double err = errorNorm(hh);
            boolean ok = Double.isFinite(err) && guard.acceptable(yNew);
            if (ok && err <= 1) {
                t = lands ? tMax : t + hh;
                System.arraycopy(yNew, 0, y, 0, n);
                System.arraycopy(k7, 0, k1, 0, n);
                double grow = err == 0 ? MAX_GROWTH : SAFETY * Math.pow(err, -0.2);
                double next = hh * Math.min(MAX_GROWTH, Math.max(MIN_SHRINK, grow));
                // a step shortened to land on tMax says little about the natural size: keep the larger
                h = lands && hh < h ? Math.max(h, next) : next;
                return true;
            }
            double shrink = ok ? Math.max(MIN_SHRINK, SAFETY * Math.pow(err, -0.2)) : GUARD_SHRINK;
            h = hh * Math.min(shrink, 0.9);
            if (h < minStep) {
                return false;
            }
        }
    }

    private void trial(double hh) {
        for (int i = 0; i < n; i++) {
            tmp[i] = y[i] + hh * A21 * k1[i];
        }
        system.derivatives(t + C2 * hh, tmp, k2);
        for (int i = 0; i < n; i++) {
            tmp[i] = y[i] + hh * (A31 * k1[i] + A32 * k2[i]);
        }
        system.derivatives(t + C3 * hh, tmp, k3);
        for (int i = 0; i < n; i++) {
            tmp[i] = y[i] + hh * (A41 * k1[i] + A42 * k2[i] + A43 * k3[i]);
        }
        system.derivatives(t + C4 * hh, tmp, k4);
        for (int i = 0; i < n; i++) {
            tmp[i] = y[i] + hh * (A51 * k1[i] + A52 * k2[i] + A53 * k3[i] + A54 * k4[i]);
        }
        system.derivatives(t + C5 * hh, tmp, k5);
        for (int i = 0; i < n; i++) {
            tmp[i] = y[i] + hh * (A61 * k1[i] + A62 * k2[i] + A63 * k3[i] + A64 * k4[i] + A65 * k5[i]);
        }
        system.derivatives(t + hh, tmp, k6);
        for (int i = 0; i < n; i++) {
            yNew[i] = y[i] + hh * (B1 * k1[i] + B3 * k3[i] + B4 * k4[i] + B5 * k5[i] + B6 * k6[i]);
        }
        system.derivatives(t + hh, yNew, k7);
        evaluations += 6;
    }

    private double errorNorm(double hh) {
        double worst = 0;
        for (int i = 0; i < n; i++) {
            double e = hh * (E1 * k1[i] + E3 * k3[i] + E4 * k4[i] + E5 * k5[i] + E6 * k6[i] + E7 * k7[i]);
            double scale = atol[i] + rtol * Math.max(Math.abs(y[i]), Math.abs(yNew[i]));
            double r = Math.abs(e) / scale;
            if (!(r <= worst)) {
                worst = r; // also propagates NaN
            }
        }
        return worst;
    }

    public double time() {
        return t;
    }

    /** The current state (a live view: copy it if you keep it). */
    public double[] state() {
        return y;
    }

    /** dy/dt at the current state, valid after a step. */
    public double[] derivative() {
        if (!fsalValid) {
            system.derivatives(t, y, k1);
            evaluations++;
            fsalValid = true;
        }
        return k1;
    }

    public long evaluations() {
        return evaluations;
    }

    @Override
    public String toString() {
        return "DormandPrince[t=" + t + ", h=" + h + ", y=" + Arrays.toString(y) + "]";
    }
}
