package org.crepituslab.quiz.model;

/** How a bank's quiz runs, kept apart from its content (BANK-FORMAT.md "behaviour"). */
public record Behaviour(boolean shuffleQuestions, boolean shuffleChoices, FeedbackMode feedback, double passMark) {
    public static final Behaviour DEFAULT = new Behaviour(true, true, FeedbackMode.IMMEDIATE,
            QuizConstants.DEFAULT_PASS_MARK);
}
