package org.crepituslab.facet.cli;

import java.util.Locale;

/** Compact, locale-independent numbers for CSV: significant digits without trailing zeros. */
final class CsvNumbers {
    private CsvNumbers() {
    }

    /** The value with at most {@code digits} significant digits, e.g. 8.9e-05 rather than 8.999999999999999E-5. */
    static String format(double v, int digits) {
        if (v == 0) {
            return "0";
        }
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        String s = String.format(Locale.ROOT, "%." + digits + "g", v);
        int e = s.indexOf('e');
        String mantissa = e < 0 ? s : s.substring(0, e);
        String exponent = e < 0 ? "" : s.substring(e);
        if (mantissa.indexOf('.') >= 0) {
            mantissa = mantissa.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return mantissa + exponent;
    }
}
