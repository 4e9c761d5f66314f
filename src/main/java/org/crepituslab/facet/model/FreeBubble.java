package org.crepituslab.facet.model;

import java.io.IOException;

/**
 * A single bubble under constant ambient pressure, integrated with the adaptive Dormand–Prince
 * scheme: the engine of {@code simulate bubble} and of the analytic checks (Rayleigh collapse,
 * Minnaert frequency).
 */
public final class FreeBubble {
    /** The run ends as a collapse when R falls below this fraction of the starting radius. */
    public static final double COLLAPSE_FRACTION = 1e-3;
    /** Relative tolerance of the integrator: well inside the 1 % the analytic checks demand. */
    static final double RTOL = 1e-8;
    private static final long MAX_STEPS = 50_000_000L;

    private FreeBubble() {
    }

    /** Receives one output row. */
    @FunctionalInterface
    public interface Sink {
        void sample(double t, double radius, double wallVelocity, double acousticPressure) throws IOException;
    }

    /**
     * @param collapseTime the time an empty cavity's R reached {@link #COLLAPSE_FRACTION}·rStart, or NaN
     * @param minTime      time of the first smallest radius of a bubble that rebounds, or NaN
     * @param minRadius    that smallest radius, m, or NaN
     * @param period       time from the start (at rest, a largest size) to the next largest size, s, or NaN
     */
    public record Result(long rows, boolean collapsed, double collapseTime, long steps, long evaluations,
                         double minTime, double minRadius, double period) {
        Result(long rows, boolean collapsed, double collapseTime, long steps, long evaluations) {
            this(rows, collapsed, collapseTime, steps, evaluations, Double.NaN, Double.NaN, Double.NaN);
        }

        /** True for a bubble whose gas stopped the first collapse and threw it back out. */
        public boolean rebounded() {
            return !Double.isNaN(minTime);
        }
    }

    /**
     * Integrates from rest at rStart for {@code duration} seconds, giving the sink one row at every
     * multiple of dtOut (t = 0 included). Stops early at a collapse.
     */
    public static Result run(BubbleParameters p, double distance, double duration, double dtOut, Sink sink)
            throws IOException {
        double[] ddt = new double[2];
        DormandPrince.Ode rhs = (t, y, dy) -> {
            dy[0] = y[1];
            dy[1] = RayleighPlesset.acceleration(y[0], y[1], p.gasPressure(y[0]), p.pVapour(), p.pAmbient(),
                    p.density(), p.surfaceTension(), p.viscosity());
        };
        double velocityScale = Math.sqrt(Math.max(p.pAmbient(), p.pGas()) / p.density()) + 1e-3;
        DormandPrince dp = new DormandPrince(2, rhs, y -> y[0] > 0,
                RTOL, new double[] {1e-6 * RTOL * p.rStart(), 1e-6 * RTOL * velocityScale});
        double timeScale = p.rStart() / velocityScale;
        dp.reset(0, new double[] {p.rStart(), 0}, timeScale * 1e-4);

        double collapseRadius = COLLAPSE_FRACTION * p.rStart();
        long rows = 0;
        long k = 0;
        emit(sink, p, distance, 0, p.rStart(), 0, rhs, ddt);
        rows++;
        k++;
        double prevT = 0;
        double prevR = p.rStart();
        double prevV = 0;
        long steps = 0;
        double minTime = Double.NaN;
        double minRadius = Double.NaN;
        double period = Double.NaN;
        // only an empty cavity can collapse to nothing: gas (p-gas > 0) always stops it and rebounds
        boolean canCollapse = p.pGas() == 0;
        while (true) {
            double target = Math.min(k * dtOut, duration);
            if (k * dtOut > duration * (1 + 1e-12)) {
                return new Result(rows, false, Double.NaN, steps, dp.evaluations(), minTime, minRadius, period);
            }
            if (!dp.step(target) || ++steps > MAX_STEPS) {
                throw new IllegalStateException("the integration stalled at t = " + dp.time()
                        + " s (R = " + dp.state()[0] + " m); try other parameters");
            }
            double t = dp.time();
            double r = dp.state()[0];
            double v = dp.state()[1];
            if (canCollapse && r < collapseRadius) {
                double tc = crossing(prevT, prevR, prevV, t, r, v, collapseRadius);
                return new Result(rows, true, tc, steps, dp.evaluations());
            }
            if (Double.isNaN(minTime) && prevV < 0 && v >= 0) {
                minTime = turningTime(prevT, prevV, t, v);
                minRadius = Math.min(prevR, r);
            } else if (!Double.isNaN(minTime) && Double.isNaN(period) && prevV > 0 && v <= 0) {
                period = turningTime(prevT, prevV, t, v);
            }
            if (t >= target) {
                emit(sink, p, distance, t, r, v, rhs, ddt);
                rows++;
                k++;
            }
            prevT = t;
            prevR = r;
            prevV = v;
        }
    }

    private static void emit(Sink sink, BubbleParameters p, double distance, double t, double r, double v,
                             DormandPrince.Ode rhs, double[] ddt) throws IOException {
        rhs.derivatives(t, new double[] {r, v}, ddt);
        sink.sample(t, r, v, RayleighPlesset.acousticPressure(p.density(), distance, r, v, ddt[1]));
    }

    /** Time at which Ṙ = 0 inside the last step (linear in Ṙ; steps are short near a turning point). */
    private static double turningTime(double t0, double v0, double t1, double v1) {
        return v1 == v0 ? t1 : t0 + (t1 - t0) * v0 / (v0 - v1);
    }

    /** Time at which R = level inside the last step, by bisection on the cubic Hermite interpolant. */
    private static double crossing(double t0, double r0, double v0, double t1, double r1, double v1,
                                   double level) {
        double lo = 0;
        double hi = 1;
        double h = t1 - t0;
        for (int i = 0; i < 60; i++) {
            double s = 0.5 * (lo + hi);
            double r = hermite(s, r0, r1, v0 * h, v1 * h);
            if (r > level) {
                lo = s;
            } else {
                hi = s;
            }
        }
        return t0 + 0.5 * (lo + hi) * h;
    }

    private static double hermite(double s, double y0, double y1, double m0, double m1) {
        double s2 = s * s;
        double s3 = s2 * s;
        return (2 * s3 - 3 * s2 + 1) * y0 + (s3 - 2 * s2 + s) * m0 + (-2 * s3 + 3 * s2) * y1 + (s3 - s2) * m1;
    }
}
