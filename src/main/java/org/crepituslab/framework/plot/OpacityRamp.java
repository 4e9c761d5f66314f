package org.crepituslab.framework.plot;

import javafx.scene.paint.Color;

/**
 * A colour in a few steps of opacity, from faintest to opaque, made once per redraw rather than
 * once per mark: thousands of marks then share a handful of Color objects.
 */
public final class OpacityRamp {
    private final Color[] shades;
    private final double faintest;

    public OpacityRamp(Color colour, double faintest, int steps) {
        this.faintest = faintest;
        shades = new Color[steps];
        for (int i = 0; i < steps; i++) {
            shades[i] = colour.deriveColor(0, 1, 1, faintest + (1 - faintest) * i / (steps - 1));
        }
    }

    /** The step nearest an opacity between faintest and 1 (values outside are clamped). */
    public Color at(double opacity) {
        double o = Math.max(faintest, Math.min(1, opacity));
        return shades[(int) Math.round((o - faintest) / (1 - faintest) * (shades.length - 1))];
    }
}
