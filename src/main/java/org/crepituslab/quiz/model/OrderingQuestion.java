package org.crepituslab.quiz.model;

import java.util.List;

/** Put the items in order; {@code items} is the correct order (shown shuffled). */
public record OrderingQuestion(QuestionInfo info, List<Choice> items) implements Question {
    public OrderingQuestion {
        items = List.copyOf(items);
    }

    @Override
    public QuestionType type() {
        return QuestionType.ORDERING;
    }
}
