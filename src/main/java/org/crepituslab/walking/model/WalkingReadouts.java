package org.crepituslab.walking.model;

import org.crepituslab.facet.model.LumbarLevel;
import org.crepituslab.facet.model.Side;

/** The walking model's named readouts and settable parameters, for quiz tasks and "show me" links. */
final class WalkingReadouts {
    private WalkingReadouts() {
    }

    static double read(WalkingModel m, String name) {
        Causes c = m.causes();
        return switch (name) {
            case "steps" -> m.steps();
            case "pops" -> m.pops();
            case "snaps" -> m.snaps();
            case "clicks" -> m.clicks();
            case "popsPer100" -> m.tally().per100(GaitEvent.Kind.POP);
            case "snapsPer100" -> m.tally().per100(GaitEvent.Kind.SNAP);
            case "clicksPer100" -> m.tally().per100(GaitEvent.Kind.CLICK);
            case "fixWeeks" -> m.fix().weeks();
            case "meanPelvicTilt_deg" -> mean(m.cycle().tilt());
            case "peakHipExtension_deg" -> -min(m.cycle().hip());
            case "pelvicTilt_deg" -> m.pelvicTilt();
            case "hipFlexion_deg" -> m.hipFlexion(Side.RIGHT);
            case "lordosis_deg" -> m.lordosis();
            case "segmentMotion_mm" -> m.maxSegmentMotion();
            case "gaitPercent" -> m.phase() * 100;
            case "time_s" -> m.time();
            case "hipFlexorTightness" -> c.hipFlexorTightness();
            case "core" -> c.core();
            case "glutes" -> c.glutes();
            case "speed_m_s" -> c.speed();
            case "structuralLevel" -> c.structuralLevel();
            default -> Double.NaN;
        };
    }

    private static double mean(double[] v) {
        double sum = 0;
        // the last sample repeats the first (0 and 100 % of the cycle)
        for (int i = 0; i < v.length - 1; i++) {
            sum += v[i];
        }
        return sum / (v.length - 1);
    }

    private static double min(double[] v) {
        double m = Double.MAX_VALUE;
        for (double x : v) {
            m = Math.min(m, x);
        }
        return m;
    }

    /** The causes with one parameter changed, or null for an unknown name or a value out of range. */
    static Causes withParameter(Causes c, String name, double v) {
        if (!Double.isFinite(v)) {
            return null;
        }
        boolean unit = v >= 0 && v <= 1;
        return switch (name) {
            case "hipFlexorTightness" -> unit ? c.withTightness(v) : null;
            case "core" -> unit ? c.withCore(v) : null;
            case "glutes" -> unit ? c.withGlutes(v) : null;
            case "speed_m_s" -> v >= Causes.SPEED_MIN && v <= Causes.SPEED_MAX ? c.withSpeed(v) : null;
            case "structuralLevel" -> v == Math.rint(v) && v >= 0 && v <= LumbarLevel.values().length
                    ? c.withStructuralLevel((int) v) : null;
            default -> null;
        };
    }
}
