package org.crepituslab.facet.model;

/**
 * The competing explanations of which moment of a joint's cavitation makes the audible pop. The
 * model computes one bubble; the explanation decides which part of its radiated pressure is heard.
 */
public enum SoundExplanation {
    /** Kawchuk et al. 2015: the cavity forming (cine MRI saw it form at the crack and persist). */
    FORMATION("formation"),
    /** Unsworth, Dowson & Wright 1971: the bubble collapsing. */
    COLLAPSE("collapse"),
    /** Chandran Suja & Barakat 2018: growth then a partial collapse is enough. */
    PARTIAL_COLLAPSE("partial");

    private final String id;

    SoundExplanation(String id) {
        this.id = id;
    }

    /** Stable id used in string keys. */
    public String id() {
        return id;
    }

    /** The number used by {@code setParameter("soundModel", n)}: 0, 1 or 2. */
    public int code() {
        return ordinal();
    }

    /** The explanation for a code, or null if there is none. */
    public static SoundExplanation ofCode(double code) {
        for (SoundExplanation e : values()) {
            if (e.ordinal() == code) {
                return e;
            }
        }
        return null;
    }
}
