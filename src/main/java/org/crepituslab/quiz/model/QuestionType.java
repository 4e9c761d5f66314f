package org.crepituslab.quiz.model;

import java.util.Locale;

/** The eight question types, in the order the CLI and the docs list them; {@link #id()} is the bank's "type". */
public enum QuestionType {
    SINGLE, MULTIPLE, TRUEFALSE, NUMERIC, ORDERING, MATCHING, SOUND, SIMULATION;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type for a bank's "type" value, or null. */
    public static QuestionType fromId(String id) {
        for (QuestionType t : values()) {
            if (t.id().equals(id)) {
                return t;
            }
        }
        return null;
    }

    public static String allIds() {
        StringBuilder sb = new StringBuilder();
        for (QuestionType t : values()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(t.id());
        }
        return sb.toString();
    }
}
