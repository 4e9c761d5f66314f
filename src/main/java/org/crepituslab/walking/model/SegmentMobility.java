package org.crepituslab.walking.model;

import org.crepituslab.facet.model.LumbarLevel;

/** How mobile each lumbar segment is with each step, relative to L4-L5. */
public final class SegmentMobility {
    private SegmentMobility() {
    }

    /**
     * Share of the L4-L5 micro-motion this segment shows (a modelling choice: the lower lumbar
     * segments are the most mobile in flexion-extension, so they move most with each step).
     */
    public static double of(LumbarLevel level) {
        return switch (level) {
            case L1_L2 -> 0.55;
            case L2_L3 -> 0.65;
            case L3_L4 -> 0.8;
            case L4_L5 -> 1.0;
            case L5_S1 -> 0.95;
        };
    }
}
