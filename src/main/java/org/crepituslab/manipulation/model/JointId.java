package org.crepituslab.manipulation.model;

/** One of the ten facet joints: a level and a side; {@link #index()} numbers them 0–9 top to bottom, left first. */
public record JointId(SpinalLevel level, Side side) {
    public static final int COUNT = SpinalLevel.values().length * Side.values().length;

    public int index() {
        return index(level, side);
    }

    public static int index(SpinalLevel level, Side side) {
        return level.ordinal() * Side.values().length + side.ordinal();
    }

    public static JointId of(int index) {
        return new JointId(SpinalLevel.values()[index / Side.values().length], Side.values()[index % Side.values().length]);
    }

    /** "L4-L5 left". */
    public String label() {
        return level.label() + " " + side.label();
    }
}
