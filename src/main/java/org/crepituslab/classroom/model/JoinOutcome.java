package org.crepituslab.classroom.model;

/** The result of a join attempt: a token, or why there is none. */
public record JoinOutcome(Kind kind, String token) {
    public enum Kind { JOINED, WRONG_CODE, BAD_NAME, NAME_TAKEN, FULL, ENDED }

    static JoinOutcome refused(Kind kind) {
        return new JoinOutcome(kind, null);
    }

    public boolean joined() {
        return kind == Kind.JOINED;
    }
}
