package org.crepituslab.grinding.model;

import java.util.SplittableRandom;

/**
 * A seeded random surface profile of unit RMS height: Gaussian white noise smoothed with a
 * Gaussian kernel whose width is the asperity correlation length, so bumps have a typical
 * spacing rather than being pixel noise. Scaled by the RMS roughness of the current wear, it gives
 * the height h(x) and slope h'(x) of the surface; the shape depends only on the seed, so changing
 * wear makes the same asperities grow rather than reshuffling them.
 */
public final class SurfaceProfile {
    private final double halfWidth;
    private final double grid;
    private final double[] shape;
    private final double[] shapeSlope;

    /**
     * @param seed          seeds the random shape
     * @param halfWidth     the profile covers [−halfWidth, halfWidth], metres
     * @param grid          sample spacing, metres
     * @param correlation   asperity correlation length, metres
     */
    public SurfaceProfile(long seed, double halfWidth, double grid, double correlation) {
        if (!(halfWidth > 0 && grid > 0 && correlation >= grid)) {
            throw new IllegalArgumentException("bad profile geometry");
        }
        this.halfWidth = halfWidth;
        this.grid = grid;
        int n = (int) Math.ceil(2 * halfWidth / grid) + 1;
        double sigma = correlation / grid;
        int radius = (int) Math.ceil(3 * sigma);
        SplittableRandom random = new SplittableRandom(seed);
        double[] noise = new double[n + 2 * radius];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = gaussian(random);
        }
        double[] kernel = new double[2 * radius + 1];
        for (int j = -radius; j <= radius; j++) {
            kernel[j + radius] = Math.exp(-0.5 * j * j / (sigma * sigma));
        }
        shape = new double[n];
        double sumSq = 0;
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int j = 0; j < kernel.length; j++) {
                s += kernel[j] * noise[i + j];
            }
            shape[i] = s;
            sumSq += s * s;
        }
        double mean = 0;
        for (double v : shape) {
            mean += v;
        }
        mean /= n;
        double rms = Math.sqrt(Math.max(sumSq / n - mean * mean, 1e-300));
        for (int i = 0; i < n; i++) {
            shape[i] = (shape[i] - mean) / rms;
        }
        shapeSlope = new double[n];
        for (int i = 0; i < n; i++) {
            int a = Math.max(0, i - 1);
            int b = Math.min(n - 1, i + 1);
            shapeSlope[i] = (shape[b] - shape[a]) / ((b - a) * grid);
        }
    }

    /** Box–Muller from the seeded stream (SplittableRandom has no nextGaussian on Java 17). */
    private static double gaussian(SplittableRandom r) {
        double u = 1 - r.nextDouble();
        double v = r.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    /** Height at x for a surface of the given RMS roughness, metres (linear interpolation). */
    public double height(double x, double roughness) {
        return roughness * interpolate(shape, x);
    }

    /** Slope dh/dx at x for a surface of the given RMS roughness (dimensionless). */
    public double slope(double x, double roughness) {
        return roughness * interpolate(shapeSlope, x);
    }

    private double interpolate(double[] values, double x) {
        double u = (x + halfWidth) / grid;
        if (u <= 0) {
            return values[0];
        }
        int i = (int) u;
        if (i >= values.length - 1) {
            return values[values.length - 1];
        }
        double f = u - i;
        return values[i] * (1 - f) + values[i + 1] * f;
    }
}
