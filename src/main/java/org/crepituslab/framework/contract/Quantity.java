package org.crepituslab.framework.contract;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One parameter or readout a screen promises: its name, unit, range, whether it varies
 * continuously or takes whole/listed values, and what it means in one line. Quiz banks and
 * "show me" links are checked against these when they load, not when a learner meets them.
 *
 * @param allowed when not empty, the only values accepted (e.g. time accelerations 1, 60, 600)
 */
public record Quantity(String name, String unit, double min, double max, Kind kind, List<Double> allowed,
        String meaning) {
    /** Continuous values cannot be compared with {@code ==}; discrete ones are whole numbers or listed values. */
    public enum Kind { CONTINUOUS, DISCRETE }

    public Quantity {
        allowed = List.copyOf(allowed);
    }

    /** A real-valued quantity in [min, max]. */
    public static Quantity continuous(String name, String unit, double min, double max, String meaning) {
        return new Quantity(name, unit, min, max, Kind.CONTINUOUS, List.of(), meaning);
    }

    /** A whole number in [min, max] (a count, a number of spurs). */
    public static Quantity whole(String name, String unit, double min, double max, String meaning) {
        return new Quantity(name, unit, min, max, Kind.DISCRETE, List.of(), meaning);
    }

    /** A count of events since the screen was reset: 0 and up. */
    public static Quantity count(String name, String meaning) {
        return whole(name, "", 0, Double.MAX_VALUE, meaning);
    }

    /** 0 (no) or 1 (yes). */
    public static Quantity flag(String name, String meaning) {
        return oneOf(name, "", meaning, 0, 1);
    }

    /** One of a listed set of values. */
    public static Quantity oneOf(String name, String unit, String meaning, double... values) {
        List<Double> list = Arrays.stream(values).boxed().toList();
        double lo = list.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double hi = list.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        return new Quantity(name, unit, lo, hi, Kind.DISCRETE, list, meaning);
    }

    public boolean isContinuous() {
        return kind == Kind.CONTINUOUS;
    }

    /** Whether a value lies in this quantity's range (and is whole or listed where it must be). */
    public boolean accepts(double v) {
        if (!Double.isFinite(v)) {
            return false;
        }
        if (!allowed.isEmpty()) {
            return allowed.contains(v);
        }
        return v >= min && v <= max && (kind == Kind.CONTINUOUS || v == Math.rint(v));
    }

    /** What a valid value looks like, for error messages: "a number from 0 to 1", "one of 1, 60, 600". */
    public String expectation() {
        String u = unit.isEmpty() ? "" : " " + unit;
        if (!allowed.isEmpty()) {
            return "one of " + allowed.stream().map(Quantity::number).collect(Collectors.joining(", ")) + u;
        }
        String what = kind == Kind.CONTINUOUS ? "a number" : "a whole number";
        return max == Double.MAX_VALUE ? what + " \u2265 " + number(min) + u
                : what + " from " + number(min) + " to " + number(max) + u;
    }

    /** A number as a person writes it: 600, 0.5, never 600.0. */
    public static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%s", v);
    }
}
