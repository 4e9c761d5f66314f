package org.crepituslab.tendon.model;

import java.util.List;

/**
 * The last snap threshold found ({@link SnapThreshold}: two cycles run per bisection step) and what
 * it was found for, so the model runs the search again only when the movement, its speed, the
 * tilt, the core or the anatomy change.
 */
final class ThresholdMemo {
    private List<Object> key;
    private double threshold;

    /** The threshold of this movement (a held hip is judged by the clinical manoeuvre at its usual speed). */
    double of(HipMotion motion, double periodS, double tilt, double core, Anatomy anatomy) {
        HipMotion judged = motion.isCycle() ? motion : HipMotion.FLEXION_EXTENSION;
        double period = motion.isCycle() ? periodS : HipMotion.FLEXION_EXTENSION.defaultPeriodS();
        List<Object> now = List.of(judged, period, tilt, core, anatomy);
        if (!now.equals(key)) {
            key = now;
            threshold = SnapThreshold.of(anatomy, judged, period, tilt, core);
        }
        return threshold;
    }
}
