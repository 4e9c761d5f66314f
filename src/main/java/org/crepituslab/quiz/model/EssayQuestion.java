package org.crepituslab.quiz.model;

/**
 * A free-text reflection. The app never judges the text: the learner compares it with the model
 * answer and rates how much of it they covered, and that rating is the score.
 */
public record EssayQuestion(QuestionInfo info, String modelAnswer) implements Question {
    @Override
    public QuestionType type() {
        return QuestionType.ESSAY;
    }
}
