package org.crepituslab.walking.model;

/** The five lumbar motion segments, top to bottom, with how mobile each is relative to L4-L5. */
public enum LumbarLevel {
    L1_L2("L1-L2", 0.55),
    L2_L3("L2-L3", 0.65),
    L3_L4("L3-L4", 0.8),
    L4_L5("L4-L5", 1.0),
    L5_S1("L5-S1", 0.95);

    private final String label;
    /**
     * Share of the L4-L5 micro-motion this segment shows (a modelling choice: the lower lumbar
     * segments are the most mobile in flexion-extension, so they move most with each step).
     */
    private final double mobility;

    LumbarLevel(String label, double mobility) {
        this.label = label;
        this.mobility = mobility;
    }

    public String label() {
        return label;
    }

    public double mobility() {
        return mobility;
    }

    /** How far down the lumbar spine (0 at L1-L2, 1 at L5-S1): lordosis loads the lower facets more. */
    public double depth() {
        return ordinal() / (double) (values().length - 1);
    }

    /** The level numbered 1 (L1-L2) to 5 (L5-S1), as the structural-problem setting counts them. */
    public static LumbarLevel numbered(int n) {
        return values()[n - 1];
    }
}
