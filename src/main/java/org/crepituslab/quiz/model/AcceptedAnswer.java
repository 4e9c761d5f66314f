package org.crepituslab.quiz.model;

/**
 * One accepted answer of a short-answer question or a cloze gap: the text (Moodle's {@code *}
 * matches any run of characters), the share of the marks it earns (0..1) and its own feedback
 * (empty when none).
 */
public record AcceptedAnswer(String text, double fraction, String feedback) {
    public AcceptedAnswer {
        feedback = feedback == null ? "" : feedback;
    }
}
