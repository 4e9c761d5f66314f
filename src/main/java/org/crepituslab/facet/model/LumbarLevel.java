package org.crepituslab.facet.model;

/**
 * The five lumbar motion segments, top to bottom; each has a facet joint on the left and the right.
 * It lives with the facet model because every facet joint sits at a level: the walking and
 * manipulation screens compose this model and name their joints by it, so the two share one
 * spelling of the levels instead of keeping a copy each.
 */
public enum LumbarLevel {
    L1_L2("L1-L2"),
    L2_L3("L2-L3"),
    L3_L4("L3-L4"),
    L4_L5("L4-L5"),
    L5_S1("L5-S1");

    private final String label;

    LumbarLevel(String label) {
        this.label = label;
    }

    /** The anatomical name, "L1-L2" to "L5-S1", as the command line, the files and the screens write it. */
    public String label() {
        return label;
    }

    /** 1 (L1-L2) to 5 (L5-S1), as the settings count the levels. */
    public int number() {
        return ordinal() + 1;
    }

    /** How far down the lumbar spine (0 at L1-L2, 1 at L5-S1): lordosis loads the lower facets more. */
    public double depth() {
        return ordinal() / (double) (values().length - 1);
    }

    /** The level numbered 1 (L1-L2) to 5 (L5-S1). */
    public static LumbarLevel numbered(int n) {
        return values()[n - 1];
    }

    /** The level named like "L4-L5" (any case) or numbered "1" to "5", or null. */
    public static LumbarLevel parse(String text) {
        for (LumbarLevel level : values()) {
            if (level.label.equalsIgnoreCase(text) || Integer.toString(level.number()).equals(text)) {
                return level;
            }
        }
        return null;
    }
}
