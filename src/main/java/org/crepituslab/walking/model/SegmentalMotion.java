package org.crepituslab.walking.model;

import org.crepituslab.facet.model.LumbarLevel;
import org.crepituslab.facet.model.Side;

/**
 * Small intersegmental motion at each lumbar level with each step (mm), and the load on each facet
 * joint (1 = neutral standing). All modelling choices, named here: motion peaks with the two heel
 * strikes of a stride, scales with each segment's mobility, falls with deep-core engagement (the
 * deep stabilisers stiffen the segments), rises with lordosis at the lower levels, and is larger at
 * a segment with a loose ligament or damaged capsule.
 */
public final class SegmentalMotion {
    /** Peak micro-motion at L4-L5 with no core and neutral lordosis, mm. */
    static final double PEAK_MOTION_MM = 0.4;
    /** Share of the motion full core engagement removes. */
    static final double CORE_DAMPING = 0.7;
    /** Baseline between heel strikes, as a share of the peak. */
    static final double BETWEEN_STRIKES = 0.35;
    /** Width (standard deviation, in cycle fractions) of the heel-strike transient. */
    static final double STRIKE_WIDTH = 0.06;
    /** Phase of each heel strike's peak load (just after initial contact of each leg). */
    static final double STRIKE_PHASE = 0.04;
    /** Extra motion per degree of lordosis above the reference, at the lowest level. */
    static final double LORDOSIS_GAIN_PER_DEG = 0.03;
    /** Extra motion at the segment with a structural problem. */
    static final double STRUCTURAL_LAXITY = 1.6;
    /** Extra facet load per degree of lordosis (extension loads the facets). */
    static final double FACET_LOAD_PER_DEG = 0.04;
    /** How much more load the side in stance carries. */
    static final double STANCE_SIDE_LOAD = 0.3;

    private SegmentalMotion() {
    }

    /** Micro-motion at one level, mm. */
    public static double motion(LumbarLevel level, double phase, double lordosis, Causes c) {
        double instability = 1 - CORE_DAMPING * c.core();
        double strikes = pulse(LegPhase.of(Side.RIGHT, phase) - STRIKE_PHASE)
                + pulse(LegPhase.of(Side.LEFT, phase) - STRIKE_PHASE);
        double wave = BETWEEN_STRIKES + (1 - BETWEEN_STRIKES) * Math.min(1, strikes);
        double lordosisFactor = Math.max(0.5, 1 + LORDOSIS_GAIN_PER_DEG * (lordosis - GaitKinematics.LORDOSIS_AT_REFERENCE_DEG)
                * level.depth());
        double laxity = c.structuralLevel() == level.ordinal() + 1 ? STRUCTURAL_LAXITY : 1;
        return PEAK_MOTION_MM * SegmentMobility.of(level) * instability * wave * lordosisFactor * laxity;
    }

    /** Load on one facet joint relative to neutral standing. */
    public static double facetLoad(LumbarLevel level, Side side, double phase, double lordosis) {
        double extension = 1 + FACET_LOAD_PER_DEG * (lordosis - GaitKinematics.LORDOSIS_AT_REFERENCE_DEG) * (0.5 + level.depth());
        double stance = 1 + STANCE_SIDE_LOAD * Math.cos(2 * Math.PI * (LegPhase.of(side, phase) - 0.3));
        return Math.max(0.1, extension) * stance;
    }

    private static double pulse(double d) {
        double x = d - Math.rint(d);
        return Math.exp(-0.5 * (x / STRIKE_WIDTH) * (x / STRIKE_WIDTH));
    }
}
