package org.crepituslab.classroom.cli;

import java.util.Arrays;
import java.util.Collection;

/** Nearest-rank percentiles of a set of durations in nanoseconds, reported in milliseconds. */
final class Percentiles {
    private final long[] sorted;

    Percentiles(Collection<Long> nanos) {
        sorted = nanos.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
    }

    int count() {
        return sorted.length;
    }

    /** The p-th percentile (0 < p ≤ 100) in milliseconds, or NaN when there are none. */
    double millis(double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)] / 1e6;
    }
}
