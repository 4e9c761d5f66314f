package org.crepituslab.tendon.model;

import static org.crepituslab.tendon.model.TendonConstants.SNAP_MIN_SPEED_M_PER_S;

/**
 * Tells a snap from a glide and keeps the count. A snap is a fast crossing of the crest in a
 * landscape with two wells: the tendon fell off a vanished well rather than being carried over.
 * Its energy is the potential drop from the vanished well's edge to the bottom of the well it
 * lands in; a crossing that releases nothing is not counted.
 */
final class SnapDetector {
    /** A counted snap: the side it left (−1 or +1), the energy released and where it lands. */
    record Snap(int fromSide, double energyJ, double landingX) {
    }

    private int count;

    void reset() {
        count = 0;
    }

    /**
     * Looks at one sub-step: the tendon's offsets from the crest before and after it, its speed
     * after, and the landscape at rest path x0. Returns the snap it made, or null.
     */
    Snap detect(double before, double after, double v, Landscape landscape, double x0) {
        if (!(before != 0 && Math.signum(after) != Math.signum(before)
                && Math.abs(v) >= SNAP_MIN_SPEED_M_PER_S && landscape.isBistable())) {
            return null;
        }
        int fromSide = (int) Math.signum(before);
        double energy = landscape.releasedEnergy(fromSide, x0);
        if (!(energy > 0)) {
            return null;
        }
        count++;
        return new Snap(fromSide, energy, landscape.minimumOnSide(-fromSide, x0));
    }

    /** Snaps since reset. */
    int count() {
        return count;
    }
}
