package org.crepituslab.framework;

/** The speeds offered by the time controls. */
public enum TimeSpeed {
    SLOW(0.1, "time.speed.slow"),
    QUARTER(0.25, "time.speed.quarter"),
    NORMAL(1.0, "time.speed.normal"),
    FAST(2.0, "time.speed.fast");

    private final double factor;
    private final String key;

    TimeSpeed(double factor, String key) {
        this.factor = factor;
        this.key = key;
    }

    public double factor() {
        return factor;
    }

    public String label() {
        return Strings.get(key);
    }
}
