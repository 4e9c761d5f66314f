package org.crepituslab.classroom.model;

/** What became of an answer sent to the session. */
public enum AnswerOutcome {
    /** Counted (the student's first answer to this question). */
    ACCEPTED,
    /** Replaced the student's earlier answer while the question is open; the count is unchanged. */
    REPLACED,
    /** The token is not a student of this session. */
    UNKNOWN_STUDENT,
    /** No question of this session has that id. */
    UNKNOWN_QUESTION,
    /** The question exists but is not the one open now (revealed, not yet asked, or the session ended). */
    CLOSED
}
