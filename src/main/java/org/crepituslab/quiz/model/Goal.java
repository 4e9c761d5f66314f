package org.crepituslab.quiz.model;

import java.util.List;
import java.util.function.ToDoubleFunction;

/** A simulation task's goal: every condition must hold on the live model at the same time. */
public record Goal(List<GoalCondition> all) {
    public Goal {
        all = List.copyOf(all);
    }

    /** Checks the goal against a model's readouts (e.g. {@code model::readout}). */
    public boolean isMet(ToDoubleFunction<String> readout) {
        if (all.isEmpty()) {
            return false;
        }
        for (GoalCondition c : all) {
            if (!c.isMet(readout.applyAsDouble(c.readout()))) {
                return false;
            }
        }
        return true;
    }
}
