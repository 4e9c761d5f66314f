package org.crepituslab.app.bench;

import java.util.Arrays;

/** Percentiles of a sample (nearest-rank), for benchmark figures. */
public final class Stats {
    private final double[] sorted;

    public Stats(double[] values) {
        sorted = values.clone();
        Arrays.sort(sorted);
    }

    public int count() {
        return sorted.length;
    }

    /** The p-th percentile, p in [0, 100]; NaN for an empty sample. */
    public double percentile(double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    public double median() {
        return percentile(50);
    }

    public long countAbove(double threshold) {
        return Arrays.stream(sorted).filter(v -> v > threshold).count();
    }
}
