package org.crepituslab.quiz.model;

/** The comparisons a simulation goal may use, spelled as in the bank. */
public enum Comparison {
    AT_LEAST(">="), AT_MOST("<="), ABOVE(">"), BELOW("<"), EQUAL("==");

    private final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** False whenever the live value is NaN (a readout the model does not know). */
    public boolean test(double live, double target) {
        if (Double.isNaN(live)) {
            return false;
        }
        return switch (this) {
            case AT_LEAST -> live >= target;
            case AT_MOST -> live <= target;
            case ABOVE -> live > target;
            case BELOW -> live < target;
            case EQUAL -> live == target;
        };
    }

    public static Comparison fromSymbol(String s) {
        for (Comparison c : values()) {
            if (c.symbol.equals(s)) {
                return c;
            }
        }
        return null;
    }
}
