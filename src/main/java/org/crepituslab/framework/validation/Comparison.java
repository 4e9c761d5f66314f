package org.crepituslab.framework.validation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * One comparison of a model with an analytic result or a published measurement: what was expected
 * (with its source), what the model gives, and whether that is a pass. A constant chosen to hit a
 * published number is not a prediction: such rows say so in {@code note}.
 *
 * @param model    which model ("facet: bubble", "tendon")
 * @param quantity what is compared ("Rayleigh collapse time")
 * @param expected the reference value in words, with its range ("91.5 µs ± 1 %")
 * @param source   where the reference comes from ("Rayleigh 1917", "Reggars 1996, 122 cracks")
 * @param measured the model's value in words
 * @param pass     whether the measured value lies within the expectation
 * @param note     how the value arises (predicted, or a modelling choice fitted to the reference)
 */
public record Comparison(String model, String quantity, String expected, String source, String measured,
        boolean pass, String note) {
    /** A comparison whose measured value must lie in [lo, hi]; the value is shown with its unit. */
    public static Comparison within(String model, String quantity, double measured, double lo, double hi, String unit,
            String source, String note) {
        return new Comparison(model, quantity, fmt(lo) + "\u2013" + fmt(hi) + " " + unit, source,
                fmt(measured) + " " + unit, measured >= lo && measured <= hi, note);
    }

    /** A comparison within a relative tolerance of an exact reference value. */
    public static Comparison near(String model, String quantity, double measured, double reference, double relTol,
            String unit, String source, String note) {
        boolean ok = Math.abs(measured - reference) <= relTol * Math.abs(reference);
        return new Comparison(model, quantity, fmt(reference) + " " + unit + " \u00b1 " + pct(relTol),
                source, fmt(measured) + " " + unit, ok, note);
    }

    private static String pct(double rel) {
        return String.format(Locale.ROOT, "%s %%", new BigDecimal(rel * 100).round(new MathContext(2))
                .stripTrailingZeros().toPlainString());
    }

    static String fmt(double v) {
        if (v == 0 || !Double.isFinite(v)) {
            return String.valueOf(v);
        }
        double a = Math.abs(v);
        return a >= 1e5 || a < 1e-3 ? String.format(Locale.ROOT, "%.3g", v) : String.format(Locale.ROOT, "%.4g", v);
    }
}
