package org.crepituslab.classroom.model;

import java.math.BigDecimal;
import java.math.MathContext;

/** A number as a person would write it: no trailing zeros, no exponent, at most 6 significant digits. */
final class NumberText {
    private static final int DIGITS = 6;

    private NumberText() {
    }

    static String of(double v) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        BigDecimal d = new BigDecimal(v).round(new MathContext(DIGITS)).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }
}
