package org.crepituslab.quiz.model;

/** An information item between questions: read, never scored. */
public record DescriptionQuestion(QuestionInfo info) implements Question {
    @Override
    public QuestionType type() {
        return QuestionType.DESCRIPTION;
    }
}
