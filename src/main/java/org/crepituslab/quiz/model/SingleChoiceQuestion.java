package org.crepituslab.quiz.model;

import java.util.List;

/** Exactly one of the choices is right. */
public record SingleChoiceQuestion(QuestionInfo info, List<Choice> choices, String answer) implements Question {
    public SingleChoiceQuestion {
        choices = List.copyOf(choices);
    }

    @Override
    public QuestionType type() {
        return QuestionType.SINGLE;
    }
}
