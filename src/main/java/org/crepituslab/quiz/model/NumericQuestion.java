package org.crepituslab.quiz.model;

/** A number within an absolute tolerance of the answer; {@code unit} may be null. */
public record NumericQuestion(QuestionInfo info, double answer, double tolerance, String unit) implements Question {
    @Override
    public QuestionType type() {
        return QuestionType.NUMERIC;
    }
}
