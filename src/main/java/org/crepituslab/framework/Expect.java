package org.crepituslab.framework;

import java.util.Locale;

/**
 * What a story step's words claim about the model, as a readout condition ("pops ≥ 1",
 * "ready = 0"). A test runs every story and checks each step's claims against its readouts, so the
 * narration can never contradict the picture.
 */
public record Expect(String readout, Op op, double value) {
    /** The comparisons a claim can make. */
    public enum Op {
        AT_LEAST("\u2265"), AT_MOST("\u2264"), ABOVE(">"), BELOW("<"), EQUALS("=");

        private final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }
    }

    public static Expect atLeast(String readout, double value) {
        return new Expect(readout, Op.AT_LEAST, value);
    }

    public static Expect atMost(String readout, double value) {
        return new Expect(readout, Op.AT_MOST, value);
    }

    public static Expect above(String readout, double value) {
        return new Expect(readout, Op.ABOVE, value);
    }

    public static Expect below(String readout, double value) {
        return new Expect(readout, Op.BELOW, value);
    }

    public static Expect equalTo(String readout, double value) {
        return new Expect(readout, Op.EQUALS, value);
    }

    public boolean holds(SimModel model) {
        double v = model.readout(readout);
        return switch (op) {
            case AT_LEAST -> v >= value;
            case AT_MOST -> v <= value;
            case ABOVE -> v > value;
            case BELOW -> v < value;
            case EQUALS -> v == value;
        };
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s %s %s", readout, op.symbol, value);
    }
}
