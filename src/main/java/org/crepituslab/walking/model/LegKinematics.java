package org.crepituslab.walking.model;

/**
 * The knee and the ankle over a leg's own gait cycle, so that a drawn walker's legs bend as a
 * walker's do. Normative sagittal key points of healthy gait (knee: a small flexion on loading,
 * nearly straight in terminal stance, about 40° at toe-off and 60° in initial swing, straight
 * before the heel lands; ankle: a little plantarflexion on loading, about 10° of dorsiflexion in
 * terminal stance, about 18° of plantarflexion at toe-off, neutral in swing), eased between as the
 * hip is. The causes of this screen do not change them: they act on the hip and the pelvis.
 */
public final class LegKinematics {
    /** Knee flexion key points: leg phase, degrees. */
    private static final double[][] KNEE = {
        {0, 5}, {0.15, 18}, {0.40, 4}, {0.62, 40}, {0.72, 60}, {0.97, 2}, {1, 5}};
    /** Ankle key points: leg phase, degrees of dorsiflexion (plantarflexion negative). */
    private static final double[][] ANKLE = {
        {0, 0}, {0.07, -6}, {0.45, 10}, {0.62, -18}, {0.75, -2}, {1, 0}};

    private LegKinematics() {
    }

    /** Knee flexion at the leg's own phase (0 = its initial contact), degrees. */
    public static double kneeFlexion(double legPhase) {
        return at(KNEE, legPhase);
    }

    /** Ankle dorsiflexion at the leg's own phase, degrees (plantarflexion negative). */
    public static double ankleDorsiflexion(double legPhase) {
        return at(ANKLE, legPhase);
    }

    private static double at(double[][] keys, double phase) {
        double p = phase - Math.floor(phase);
        for (int i = 1; i < keys.length; i++) {
            if (p <= keys[i][0]) {
                double f = (p - keys[i - 1][0]) / (keys[i][0] - keys[i - 1][0]);
                return keys[i - 1][1] + (keys[i][1] - keys[i - 1][1]) * (1 - Math.cos(Math.PI * f)) / 2;
            }
        }
        return keys[keys.length - 1][1];
    }
}
