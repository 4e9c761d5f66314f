package org.crepituslab.framework;

/**
 * A fixed-capacity ring buffer of (t, value) samples for one plotted quantity. No allocation per
 * sample, so the graph can be fed every frame.
 */
public final class TimeSeries {
    private final String name;
    private final double[] t;
    private final double[] v;
    private int start;
    private int size;

    public TimeSeries(String name, int capacity) {
        if (capacity < 2) {
            throw new IllegalArgumentException("capacity must be at least 2");
        }
        this.name = name;
        this.t = new double[capacity];
        this.v = new double[capacity];
    }

    public String name() {
        return name;
    }

    public void add(double time, double value) {
        int cap = t.length;
        int idx = (start + size) % cap;
        t[idx] = time;
        v[idx] = value;
        if (size < cap) {
            size++;
        } else {
            start = (start + 1) % cap;
        }
    }

    /**
     * Adds a sample, but never keeps two closer than {@code minSpacing} in time: a sample too close to
     * the one before the last replaces the last. So a buffer of n samples always spans at least
     * n/2 · minSpacing of time, whatever the frame rate or simulation speed (Slow ×0.1 keeps its
     * whole window), while the newest value is always shown.
     */
    public void add(double time, double value, double minSpacing) {
        if (size >= 2 && time - time(size - 2) < minSpacing) {
            int idx = (start + size - 1) % t.length;
            t[idx] = time;
            v[idx] = value;
            return;
        }
        add(time, value);
    }

    public void clear() {
        start = 0;
        size = 0;
    }

    public int size() {
        return size;
    }

    public double time(int i) {
        return t[(start + i) % t.length];
    }

    public double value(int i) {
        return v[(start + i) % v.length];
    }

    public double lastTime() {
        return size == 0 ? 0 : time(size - 1);
    }
}
