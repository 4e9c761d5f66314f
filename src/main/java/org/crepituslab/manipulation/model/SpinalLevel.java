package org.crepituslab.manipulation.model;

/** The five lumbar motion segments, top to bottom; each has a facet joint on the left and the right. */
public enum SpinalLevel {
    L1_L2("L1-L2"),
    L2_L3("L2-L3"),
    L3_L4("L3-L4"),
    L4_L5("L4-L5"),
    L5_S1("L5-S1");

    private final String label;

    SpinalLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** 1 (L1-L2) to 5 (L5-S1), as the settings count the levels. */
    public int number() {
        return ordinal() + 1;
    }

    /** The level numbered 1 (L1-L2) to 5 (L5-S1). */
    public static SpinalLevel numbered(int n) {
        return values()[n - 1];
    }

    /** The level named like "L4-L5" (any case) or numbered "1" to "5", or null. */
    public static SpinalLevel parse(String text) {
        for (SpinalLevel level : values()) {
            if (level.label.equalsIgnoreCase(text) || Integer.toString(level.number()).equals(text)) {
                return level;
            }
        }
        return null;
    }
}
