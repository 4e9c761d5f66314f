package org.crepituslab.manipulation.model;

/** Which facet joint of a level: the left or the right one (seen from behind). */
public enum Side {
    LEFT("left"),
    RIGHT("right");

    private final String label;

    Side(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public Side other() {
        return this == LEFT ? RIGHT : LEFT;
    }
}
