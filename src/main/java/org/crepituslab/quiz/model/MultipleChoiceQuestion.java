package org.crepituslab.quiz.model;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pick every right choice; partial credit for some. {@code weights} (schema 2, optional) are
 * Moodle's per-choice fractions (−1..1, the right ones adding up to 1): the score is then the sum
 * of the picked choices' weights, from 0 to 1. Without weights, (right − wrong) / right choices.
 */
public record MultipleChoiceQuestion(QuestionInfo info, List<Choice> choices, Set<String> answers,
                                     Map<String, Double> weights) implements Question {
    public MultipleChoiceQuestion {
        choices = List.copyOf(choices);
        answers = Set.copyOf(answers);
        weights = Map.copyOf(weights);
    }

    public MultipleChoiceQuestion(QuestionInfo info, List<Choice> choices, Set<String> answers) {
        this(info, choices, answers, Map.of());
    }

    @Override
    public QuestionType type() {
        return QuestionType.MULTIPLE;
    }

    @Override
    public List<Choice> pickableChoices() {
        return choices();
    }
}
