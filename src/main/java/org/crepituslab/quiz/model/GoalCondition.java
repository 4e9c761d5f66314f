package org.crepituslab.quiz.model;

/** One condition on a model readout, e.g. pops &gt;= 1. */
public record GoalCondition(String readout, Comparison op, double value) {
    public boolean isMet(double live) {
        return op.test(live, value);
    }
}
