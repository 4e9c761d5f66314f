package org.crepituslab.manipulation.model;

import org.crepituslab.facet.model.LumbarLevel;
import org.crepituslab.facet.model.Side;

/** One of the ten facet joints: a level and a side; {@link #index()} numbers them 0–9 top to bottom, left first. */
public record JointId(LumbarLevel level, Side side) {
    public static final int COUNT = LumbarLevel.values().length * Side.values().length;

    public int index() {
        return index(level, side);
    }

    public static int index(LumbarLevel level, Side side) {
        return level.ordinal() * Side.values().length + side.ordinal();
    }

    public static JointId of(int index) {
        int sides = Side.values().length;
        return new JointId(LumbarLevel.values()[index / sides], Side.values()[index % sides]);
    }

    /** "L4-L5 left". */
    public String label() {
        return level.label() + " " + side.label();
    }
}
