package org.crepituslab.framework;

/** "Nice" tick spacing (1, 2, 5 × 10^n) for graph axes. */
public final class AxisTicks {
    private AxisTicks() {
    }

    /** A spacing giving roughly {@code target} ticks over the span. */
    public static double spacing(double span, int target) {
        if (!(span > 0) || !Double.isFinite(span)) {
            return 1;
        }
        double raw = span / Math.max(1, target);
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double norm = raw / mag;
        double nice = norm < 1.5 ? 1 : norm < 3.5 ? 2 : norm < 7.5 ? 5 : 10;
        return nice * mag;
    }

    /** Formats a tick value with just enough decimals for the spacing. */
    public static String format(double value, double spacing) {
        int decimals = Math.max(0, (int) -Math.floor(Math.log10(spacing) + 1e-9));
        if (Math.abs(value) < spacing * 1e-6) {
            value = 0;
        }
        return String.format(Strings.locale(), "%." + Math.min(decimals, 6) + "f", value);
    }
}
