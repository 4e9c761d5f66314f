package org.crepituslab.quiz.model;

import java.util.Locale;

/** When a quiz shows whether an answer was right: after each question, or all at the end. */
public enum FeedbackMode {
    IMMEDIATE, END;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static FeedbackMode fromId(String id) {
        for (FeedbackMode m : values()) {
            if (m.id().equals(id)) {
                return m;
            }
        }
        return null;
    }
}
