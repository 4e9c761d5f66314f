package org.crepituslab.tendon.model;

import java.util.ArrayList;
import java.util.List;

/**
 * One person put through a movement, with no window: a fresh model with their hip and settings,
 * run for whole cycles from the extended hip, and the snaps it made. The threshold, the population
 * and the comparisons with the literature all use it, so they all see the same dynamics.
 */
public final class SnapTrial {
    /** Frame of the trial's steps; the model sub-steps inside, so the result does not depend on it. */
    private static final double FRAME_S = 0.01;

    private SnapTrial() {
    }

    /** The snaps of {@code cycles} cycles of the movement (HOLD is run as the clinical manoeuvre). */
    public static List<SnapEvent> run(Anatomy anatomy, double tightness, HipMotion motion, double periodS,
                                      double pelvicTilt, double core, int cycles) {
        TendonModel m = new TendonModel();
        m.tightnessProperty().set(tightness);
        m.pelvicTiltProperty().set(pelvicTilt);
        m.coreEngagementProperty().set(core);
        m.motionProperty().set(motion.isCycle() ? motion : HipMotion.FLEXION_EXTENSION);
        m.cyclePeriodProperty().set(periodS);
        m.setAnatomy(anatomy);
        List<SnapEvent> snaps = new ArrayList<>();
        m.snaps().addListener(snaps::add);
        long frames = Math.round(cycles * periodS / FRAME_S);
        for (long i = 0; i < frames; i++) {
            m.step(FRAME_S);
        }
        return snaps;
    }

    /** Share of the snaps' energy released while the hip extended (NaN without snaps). */
    public static double extendingEnergyShare(List<SnapEvent> snaps) {
        double total = 0;
        double extending = 0;
        for (SnapEvent e : snaps) {
            total += e.energyJ();
            if (e.direction() == SnapDirection.EXTENDING) {
                extending += e.energyJ();
            }
        }
        return total > 0 ? extending / total : Double.NaN;
    }
}
