package org.crepituslab.walking.model;

import org.crepituslab.facet.model.LumbarLevel;
import org.crepituslab.facet.model.Side;

/**
 * One whole gait cycle of the current walk, sampled evenly, for graphs drawn against the gait cycle
 * rather than time: the right hip's flexion and the pelvic tilt at each sample, each lumbar level's
 * peak micro-motion over the cycle and its facet joints' peak load, and the normative bands.
 *
 * @param percent     gait cycle, 0–100 %, at each sample (the last is 100 %)
 * @param hip         right hip flexion, degrees
 * @param tilt        anterior pelvic tilt, degrees
 * @param hipLow      normative band of the hip, lower edge, degrees
 * @param hipHigh     its upper edge
 * @param peakMotion  per lumbar level (top to bottom), the largest micro-motion over the cycle, mm
 * @param peakLoad    per lumbar level, the larger of its two facet joints' peak load (1 = standing)
 */
public record GaitCycle(double[] percent, double[] hip, double[] tilt, double[] hipLow, double[] hipHigh,
        double[] peakMotion, double[] peakLoad) {
    /** Samples per cycle: smooth at any graph width, cheap to recompute when a cause changes. */
    public static final int SAMPLES = 101;

    public static GaitCycle of(Causes c) {
        int n = SAMPLES;
        double[] pct = new double[n];
        double[] hip = new double[n];
        double[] tilt = new double[n];
        double[] lo = new double[n];
        double[] hi = new double[n];
        LumbarLevel[] levels = LumbarLevel.values();
        double[] motion = new double[levels.length];
        double[] load = new double[levels.length];
        for (int i = 0; i < n; i++) {
            double p = i / (double) (n - 1);
            pct[i] = 100 * p;
            hip[i] = GaitKinematics.hipFlexion(p, c);
            tilt[i] = GaitKinematics.pelvicTilt(p, c);
            lo[i] = NormativeGait.hipLow(p);
            hi[i] = NormativeGait.hipHigh(p);
            double lordosis = GaitKinematics.lordosis(tilt[i]);
            for (LumbarLevel level : levels) {
                int k = level.ordinal();
                motion[k] = Math.max(motion[k], SegmentalMotion.motion(level, p, lordosis, c));
                for (Side side : Side.values()) {
                    load[k] = Math.max(load[k], SegmentalMotion.facetLoad(level, side, p, lordosis));
                }
            }
        }
        return new GaitCycle(pct, hip, tilt, lo, hi, motion, load);
    }
}
