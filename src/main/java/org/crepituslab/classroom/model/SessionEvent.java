package org.crepituslab.classroom.model;

/**
 * A change of a class session, for the projector, the students' event streams and the saver.
 *
 * @param index   the current question's position (−1 before the first)
 * @param answers how many students have answered the current question
 * @param token   the student who answered or joined (null for teacher actions)
 */
public record SessionEvent(Kind kind, SessionState state, int index, int answers, int students, String token) {
    public enum Kind {
        /** A student joined. */
        JOINED,
        /** A first answer to the current question: the count went up. */
        ANSWERED,
        /** An answer replaced the same student's earlier one: the count stayed. */
        CHANGED,
        /** The teacher moved on: next question, reveal or end. */
        STATE
    }
}
