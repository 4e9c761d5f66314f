package org.crepituslab.quiz.model;

import java.util.Locale;

/** Scored quiz, spaced-repetition practice, or a pass over the questions last missed. */
public enum QuizMode {
    QUIZ, PRACTICE, REVIEW_MISSED;

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static QuizMode fromId(String id) {
        for (QuizMode m : values()) {
            if (m.id().equals(id)) {
                return m;
            }
        }
        return null;
    }
}
