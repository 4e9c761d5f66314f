package org.crepituslab.quiz.bank;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The readouts and parameters each screen promises for quiz tasks and "show me" links (the
 * contract in HELPER-BRIEF.md), so a bank naming "popz" is caught when it is loaded, not when a
 * learner sits the task.
 */
public final class ScreenContract {
    /** A parameter and the values it accepts: a range, or (when {@code allowed} is not empty) a set. */
    public record Parameter(String name, double min, double max, Set<Double> allowed) {
        public boolean accepts(double v) {
            return Double.isFinite(v) && (allowed.isEmpty() ? v >= min && v <= max : allowed.contains(v));
        }

        public String expectation() {
            if (!allowed.isEmpty()) {
                return "one of " + allowed.stream().sorted().map(d -> org.crepituslab.quiz.model.AnswerText.number(d))
                        .reduce((a, b) -> a + ", " + b).orElse("");
            }
            return max == Double.MAX_VALUE ? "a number \u2265 " + org.crepituslab.quiz.model.AnswerText.number(min)
                    : "a number from " + org.crepituslab.quiz.model.AnswerText.number(min) + " to "
                    + org.crepituslab.quiz.model.AnswerText.number(max);
        }
    }

    public record Screen(List<String> readouts, List<Parameter> parameters) {
        public Parameter parameter(String name) {
            return parameters.stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
        }

        public String parameterNames() {
            return parameters.isEmpty() ? "(none)" : String.join(", ", parameters.stream().map(Parameter::name).toList());
        }
    }

    private static Parameter range(String name, double min, double max) {
        return new Parameter(name, min, max, Set.of());
    }

    private static Parameter set(String name, Double... values) {
        return new Parameter(name, 0, 0, Set.of(values));
    }

    /** Screen id → its promised readouts and parameters. */
    public static final Map<String, Screen> SCREENS = Map.of(
            "facet", new Screen(List.of("pops", "refractoryBlocks", "gap_mm", "pressure_kpa", "bubbleRadius_mm",
                    "refractoryRemaining_min", "timeAcceleration", "soundModel"),
                    List.of(set("timeAcceleration", 1.0, 60.0, 600.0), set("soundModel", 0.0, 1.0, 2.0))),
            "tendon", new Screen(List.of("snaps", "hipAngle_deg", "tightness", "lastSnapEnergy_mj", "pelvicTilt",
                    "coreEngagement"),
                    List.of(range("tightness", 0, 1), range("pelvicTilt", 0, 1), range("coreEngagement", 0, 1))),
            "grinding", new Screen(List.of("wear", "spurs", "frictionCoefficient", "slips", "catches",
                    "fluidLoadFraction"),
                    List.of(range("wear", 0, 1), range("spurs", 0, Double.MAX_VALUE))),
            "learn", new Screen(List.of("ticked", "emergencyTicked"), List.of()));

    /** Screen ids in a fixed order, for messages. */
    public static final List<String> IDS = List.of("facet", "tendon", "grinding", "learn");

    private ScreenContract() {
    }
}
