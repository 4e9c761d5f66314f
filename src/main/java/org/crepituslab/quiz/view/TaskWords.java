package org.crepituslab.quiz.view;

import org.crepituslab.framework.Strings;
import org.crepituslab.framework.contract.Declarations;
import org.crepituslab.framework.contract.Quantity;
import org.crepituslab.quiz.model.AnswerText;
import org.crepituslab.quiz.model.GoalCondition;

/**
 * A task's goals and starting settings in plain words ("pops: at least 1", "waiting time speed:
 * ×600"), never as code names: each screen's bundle names its quantities
 * ({@code quantity.<screen>.<name>}, and {@code quantity.<screen>.<name>.<value>} for named values);
 * otherwise the contract's one-line meaning is used.
 */
final class TaskWords {
    private TaskWords() {
    }

    static String condition(String screen, GoalCondition c) {
        return Strings.format("quiz.task.cond." + c.op().name(), name(screen, c.readout()), value(screen, c.readout(), c.value()));
    }

    static String setting(String screen, String parameter, double value) {
        return Strings.format("quiz.task.setting", name(screen, parameter), value(screen, parameter, value));
    }

    static String name(String screen, String quantity) {
        String key = "quantity." + screen + "." + quantity;
        if (Strings.has(key)) {
            return Strings.get(key);
        }
        return Declarations.contract(screen).flatMap(c -> c.readout(quantity)).map(Quantity::meaning).orElse(quantity);
    }

    static String value(String screen, String quantity, double v) {
        String key = "quantity." + screen + "." + quantity + "." + AnswerText.number(v);
        if (Strings.has(key)) {
            return Strings.get(key);
        }
        boolean yesNo = Declarations.contract(screen).flatMap(c -> c.readout(quantity))
                .map(q -> q.allowed().size() == 2 && q.allowed().contains(0.0) && q.allowed().contains(1.0)).orElse(false);
        if (yesNo) {
            return Strings.get(v == 1 ? "quiz.task.yes" : "quiz.task.no");
        }
        return AnswerText.number(v);
    }
}
