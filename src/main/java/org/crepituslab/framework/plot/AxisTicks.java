package org.crepituslab.framework.plot;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.crepituslab.framework.Strings;

/** "Nice" tick spacing (1, 2, 5 × 10^n) for graph axes: the one tick algorithm every plot uses. */
public final class AxisTicks {
    private static final int MAX_TICKS = 1000;
    private static final int MAX_LABELS = 2048;
    private static final Map<Label, String> LABELS = new ConcurrentHashMap<>();
    private static Locale labelsLocale;

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

    /**
     * A spacing for an axis {@code lengthPx} long with about one tick every {@code pxPerTick} pixels
     * (at least two ticks), so tick density follows the plot's size and the text size.
     */
    public static double spacingFor(double span, double lengthPx, double pxPerTick) {
        return spacing(span, Math.max(2, (int) (lengthPx / pxPerTick)));
    }

    /** The multiples of {@code spacing} from min to max, both ends included. */
    public static double[] values(double min, double max, double spacing) {
        if (!(spacing > 0) || !Double.isFinite(spacing) || !(max >= min)) {
            return new double[0];
        }
        double[] out = new double[8];
        int n = 0;
        // a tick that lands on max after rounding still counts as on the axis
        double end = max + spacing * 1e-9;
        // capped, so a spacing too small to move a huge value cannot loop forever
        for (double v = Math.ceil(min / spacing) * spacing; v <= end && n < MAX_TICKS; v += spacing) {
            if (n == out.length) {
                out = Arrays.copyOf(out, n * 2);
            }
            out[n++] = v;
        }
        return Arrays.copyOf(out, n);
    }

    /** Formats a tick value with just enough decimals for the spacing. */
    public static String format(double value, double spacing) {
        int decimals = Math.min(6, Math.max(0, (int) -Math.floor(Math.log10(spacing) + 1e-9)));
        if (Math.abs(value) < spacing * 1e-6) {
            value = 0;
        }
        // the plots label the same ticks every frame: formatting is remembered, per language
        Locale locale = Strings.locale();
        if (!locale.equals(labelsLocale) || LABELS.size() > MAX_LABELS) {
            LABELS.clear();
            labelsLocale = locale;
        }
        return LABELS.computeIfAbsent(new Label(value, decimals),
                k -> String.format(locale, "%." + k.decimals() + "f", k.value()));
    }

    private record Label(double value, int decimals) {
    }
}
