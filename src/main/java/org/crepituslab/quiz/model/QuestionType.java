package org.crepituslab.quiz.model;

import java.util.Locale;

/** The question types, in the order the CLI and the docs list them; {@link #id()} is the bank's "type". */
public enum QuestionType {
    SINGLE, MULTIPLE, TRUEFALSE, NUMERIC, ORDERING, MATCHING, SOUND, SIMULATION,
    /** Schema version 2 adds these four. */
    SHORTANSWER, CLOZE, DESCRIPTION, ESSAY;

    /** Whether an answer to this type counts towards the score: a description is only read. */
    public boolean scored() {
        return this != DESCRIPTION;
    }

    /** The first schema version that has this type. */
    public int sinceSchema() {
        return ordinal() >= SHORTANSWER.ordinal() ? 2 : 1;
    }

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
