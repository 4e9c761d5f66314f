package org.crepituslab.facet.model;

import java.util.Arrays;

/**
 * The fast part of one pop, sampled at a fixed rate from the moment of nucleation: bubble radius,
 * wall velocity and acceleration, and the fluid pressure driving it. The slow-motion replay draws
 * it, and the sound is synthesised from the radiated pressure it implies.
 */
public final class PopTrace {
    private final double dt;
    private final double density;
    private final double[] radius;
    private final double[] velocity;
    private final double[] acceleration;
    private final double[] fluidPressure;
    private final int firstMax;
    private final int firstMin;

    /** Arrays are copied; fluidPressure is gauge, Pa. */
    public PopTrace(double dt, double density, double[] radius, double[] velocity, double[] acceleration,
                    double[] fluidPressure, int count) {
        if (count < 2 || !(dt > 0)) {
            throw new IllegalArgumentException("a trace needs at least two samples and a positive dt");
        }
        this.dt = dt;
        this.density = density;
        this.radius = Arrays.copyOf(radius, count);
        this.velocity = Arrays.copyOf(velocity, count);
        this.acceleration = Arrays.copyOf(acceleration, count);
        this.fluidPressure = Arrays.copyOf(fluidPressure, count);
        int max = -1;
        for (int i = 1; i < count; i++) {
            if (this.velocity[i - 1] > 0 && this.velocity[i] <= 0) {
                max = i;
                break;
            }
        }
        int min = -1;
        if (max > 0) {
            for (int i = max + 1; i < count; i++) {
                if (this.velocity[i - 1] < 0 && this.velocity[i] >= 0) {
                    min = i;
                    break;
                }
            }
        }
        firstMax = max < 0 ? argMax(this.radius) : max;
        firstMin = min < 0 ? count - 1 : min;
    }

    private static int argMax(double[] a) {
        int best = 0;
        for (int i = 1; i < a.length; i++) {
            if (a[i] > a[best]) {
                best = i;
            }
        }
        return best;
    }

    public int size() {
        return radius.length;
    }

    /** Sample interval, s. */
    public double dt() {
        return dt;
    }

    /** Time of sample i after the nucleation, s. */
    public double time(int i) {
        return i * dt;
    }

    public double duration() {
        return (radius.length - 1) * dt;
    }

    public double radius(int i) {
        return radius[i];
    }

    public double wallVelocity(int i) {
        return velocity[i];
    }

    /** Gauge pressure of the fluid around the bubble, Pa. */
    public double fluidPressure(int i) {
        return fluidPressure[i];
    }

    /** Radiated acoustic pressure at distance r, Pa: ρ/r·(R²R̈ + 2RṘ²). */
    public double acousticPressure(int i, double distance) {
        return RayleighPlesset.acousticPressure(density, distance, radius[i], velocity[i], acceleration[i]);
    }

    /** Index of the first maximum of the radius: the end of the cavity's formation. */
    public int firstMaxIndex() {
        return firstMax;
    }

    /** Index of the first minimum after it: the deepest point of the first (partial) collapse. */
    public int firstMinIndex() {
        return firstMin;
    }

    /** Radius at the first minimum divided by the radius at the first maximum: 0 would be a full collapse. */
    public double collapseRatio() {
        return radius[firstMin] / radius[firstMax];
    }

    /**
     * The pressure the pop makes in air at {@code distance} from the skin, resampled at
     * {@code sampleRate} (see {@link SoundPath}), Pa: V̈ = 4π·d(R²Ṙ)/dt averaged over each interval.
     */
    public double[] airSignal(double sampleRate, double distance) {
        double[] fluid = acousticSignal(sampleRate, 1);
        double scale = SoundPath.airPressure(1, distance, 1e3) / SoundPath.fluidPressure(1, 1);
        for (int i = 0; i < fluid.length; i++) {
            fluid[i] *= scale;
        }
        return fluid;
    }

    /**
     * The radiated pressure resampled at {@code sampleRate}, averaged over each sample interval
     * (p_a = ρ/r·d(R²Ṙ)/dt, so the average is a difference of R²Ṙ: no aliasing of the sharp
     * formation spike), Pa.
     */
    public double[] acousticSignal(double sampleRate, double distance) {
        int n = (int) Math.floor(duration() * sampleRate);
        double[] out = new double[Math.max(n, 0)];
        double step = 1 / sampleRate;
        double q0 = momentAt(0);
        for (int k = 0; k < out.length; k++) {
            double q1 = momentAt((k + 1) * step);
            out[k] = density / distance * (q1 - q0) / step;
            q0 = q1;
        }
        return out;
    }

    /** R²Ṙ at time t, linearly interpolated between samples. */
    private double momentAt(double t) {
        double x = t / dt;
        int i = (int) Math.floor(x);
        if (i >= radius.length - 1) {
            int last = radius.length - 1;
            return radius[last] * radius[last] * velocity[last];
        }
        double f = x - i;
        double a = radius[i] * radius[i] * velocity[i];
        double b = radius[i + 1] * radius[i + 1] * velocity[i + 1];
        return a + f * (b - a);
    }

    /**
     * The interval [from, to] (s after nucleation) of the motion an explanation says is heard:
     * formation is the growth to the first largest size; collapse runs from there through the
     * deepest point and back out as far again; partial collapse is all of it.
     */
    public double[] heardInterval(SoundExplanation explanation) {
        double max = time(firstMax);
        double min = time(firstMin);
        return switch (explanation) {
            case FORMATION -> new double[] {0, max};
            case COLLAPSE -> new double[] {max, Math.min(duration(), min + (min - max))};
            case PARTIAL_COLLAPSE -> new double[] {0, duration()};
        };
    }

    public double maxRadius() {
        double m = 0;
        for (double r : radius) {
            m = Math.max(m, r);
        }
        return m;
    }
}
