package org.crepituslab.quiz.model;

/** A statement that is true or false. */
public record TrueFalseQuestion(QuestionInfo info, boolean answer) implements Question {
    @Override
    public QuestionType type() {
        return QuestionType.TRUEFALSE;
    }
}
