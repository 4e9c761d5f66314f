package org.crepituslab.grinding.model;

import java.util.Arrays;

/** A fixed-capacity ring of {@link FrictionSample}s: the newest are kept, the oldest dropped. */
public final class FrictionHistory {
    private final FrictionSample[] samples;
    private int start;
    private int size;

    public FrictionHistory(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        samples = new FrictionSample[capacity];
    }

    void add(FrictionSample s) {
        int idx = (start + size) % samples.length;
        samples[idx] = s;
        if (size < samples.length) {
            size++;
        } else {
            start = (start + 1) % samples.length;
        }
    }

    void clear() {
        Arrays.fill(samples, null);
        start = 0;
        size = 0;
    }

    public int size() {
        return size;
    }

    /** The i-th oldest sample still kept. */
    public FrictionSample get(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException(i);
        }
        return samples[(start + i) % samples.length];
    }

    public FrictionSample last() {
        return size == 0 ? null : get(size - 1);
    }

    /** Mean friction coefficient of the samples newer than {@code since}; NaN if there are none. */
    public double meanFrictionSince(double since) {
        double sum = 0;
        int n = 0;
        for (int i = size - 1; i >= 0; i--) {
            FrictionSample s = get(i);
            if (s.timeS() <= since) {
                break;
            }
            sum += s.frictionCoefficient();
            n++;
        }
        return n == 0 ? Double.NaN : sum / n;
    }
}
