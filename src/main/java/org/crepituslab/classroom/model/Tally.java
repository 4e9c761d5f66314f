package org.crepituslab.classroom.model;

/** One bar of the reveal histogram: an option (or "right" / "partly" / "wrong") and how many chose it. */
public record Tally(String id, String label, int count, boolean correct) {
    /** Bar ids for questions counted by result rather than by option (numbers, orderings). */
    public static final String RIGHT = "right";
    public static final String PARTLY = "partly";
    public static final String WRONG = "wrong";
}
