package org.crepituslab.framework.io;

import java.util.Locale;

/**
 * Compact, locale-independent numbers for CSV: rounded to significant digits and printed in the
 * shortest form (1.17, -59.5971, 9.6E-5), so 8.999999999999999E-5 prints as 9.0E-5. Fast enough
 * for hundreds of thousands of rows (String.format is not).
 */
public final class CsvNumbers {
    private static final double[] POWERS = new double[23];

    static {
        double p = 1;
        for (int i = 0; i < POWERS.length; i++) {
            POWERS[i] = p;
            p *= 10;
        }
    }

    private CsvNumbers() {
    }

    /** The value rounded to {@code digits} significant digits, in its shortest decimal form. */
    public static String format(double v, int digits) {
        if (v == 0) {
            return "0";
        }
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        int exponent = (int) Math.floor(Math.log10(Math.abs(v)));
        int shift = digits - 1 - exponent;
        double rounded;
        if (shift >= 0 && shift < POWERS.length && Math.abs(v) * POWERS[shift] < 9e15) {
            // dividing an integer by an exact power of ten gives the double nearest the decimal
            rounded = Math.round(v * POWERS[shift]) / POWERS[shift];
        } else if (shift < 0 && -shift < POWERS.length) {
            rounded = Math.round(v / POWERS[-shift]) * POWERS[-shift];
        } else {
            return String.format(Locale.ROOT, "%." + digits + "g", v);
        }
        String s = Double.toString(rounded);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }
}
