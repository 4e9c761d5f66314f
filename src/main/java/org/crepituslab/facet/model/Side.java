package org.crepituslab.facet.model;

/**
 * Which facet joint of a level: the left or the right one (seen from behind). It lives with the
 * facet model because every facet joint is on a side: the walking screen (which also names its legs
 * and hips by it) and the manipulation screen compose this model and share this one enum.
 */
public enum Side {
    LEFT("left"),
    RIGHT("right");

    private final String label;

    Side(String label) {
        this.label = label;
    }

    /** "left" or "right", as the files and event locations write it. */
    public String label() {
        return label;
    }

    public Side other() {
        return this == LEFT ? RIGHT : LEFT;
    }
}
