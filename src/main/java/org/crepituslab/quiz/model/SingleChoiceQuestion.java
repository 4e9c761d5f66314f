package org.crepituslab.quiz.model;

import java.util.List;
import java.util.Map;

/**
 * Exactly one of the choices is right. {@code partial} (schema 2, optional) gives other choices a
 * share of the marks, as Moodle's "half credit" answers do: choice id → fraction in (0, 1).
 */
public record SingleChoiceQuestion(QuestionInfo info, List<Choice> choices, String answer, Map<String, Double> partial)
        implements Question {
    public SingleChoiceQuestion {
        choices = List.copyOf(choices);
        partial = Map.copyOf(partial);
    }

    public SingleChoiceQuestion(QuestionInfo info, List<Choice> choices, String answer) {
        this(info, choices, answer, Map.of());
    }

    @Override
    public QuestionType type() {
        return QuestionType.SINGLE;
    }

    @Override
    public List<Choice> pickableChoices() {
        return choices();
    }
}
