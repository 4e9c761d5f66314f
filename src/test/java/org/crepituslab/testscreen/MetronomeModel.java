package org.crepituslab.testscreen;

import org.crepituslab.framework.SimModel;

/** A test-only model: ticks at a settable rate. Small enough to read at a glance. */
final class MetronomeModel implements SimModel {
    static final double MIN_RATE_HZ = 0.5;
    static final double MAX_RATE_HZ = 4;
    private double rateHz = 1;
    private double phase;
    private int ticks;

    @Override
    public void step(double dt) {
        phase += dt * rateHz;
        while (phase >= 1) {
            phase -= 1;
            ticks++;
        }
    }

    @Override
    public void reset() {
        rateHz = 1;
        phase = 0;
        ticks = 0;
    }

    @Override
    public double readout(String name) {
        return switch (name) {
            case "ticks" -> ticks;
            case "rate_hz" -> rateHz;
            default -> Double.NaN;
        };
    }

    @Override
    public boolean setParameter(String name, double value) {
        if (!name.equals("rate_hz") || !(value >= MIN_RATE_HZ && value <= MAX_RATE_HZ)) {
            return false;
        }
        rateHz = value;
        return true;
    }
}
