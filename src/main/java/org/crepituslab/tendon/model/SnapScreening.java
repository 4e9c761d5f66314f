package org.crepituslab.tendon.model;

import java.util.List;

/**
 * Whether one person snaps: their hip is taken through the clinical manoeuvre (one cycle, out and back, at the
 * usual 4 s) and through walking (three strides), pelvis level and core relaxed. A hip whose full
 * ridge cannot fold at their tightness cannot snap in any movement, so it is not simulated.
 *
 * @param manoeuvreSnaps snaps in the clinical manoeuvre
 * @param walkingSnaps   snaps while walking
 * @param maxEnergyJ     the largest snap's energy, joules (0 without snaps)
 */
public record SnapScreening(int manoeuvreSnaps, int walkingSnaps, double maxEnergyJ) {
    private static final int MANOEUVRE_CYCLES = 1;
    private static final int STRIDES = 3;

    public boolean snaps() {
        return manoeuvreSnaps + walkingSnaps > 0;
    }

    public static SnapScreening of(Person p) {
        return of(p.anatomy(), p.tightness());
    }

    /**
     * Whether this hip snaps at all, the same verdict as {@code of(anatomy, tightness).snaps()}: it
     * stops at the first movement that snaps, which halves the work of a prevalence count.
     */
    public static boolean snapsAtAll(Anatomy anatomy, double tightness) {
        if (!(tightness > SnapThreshold.foldTightness(anatomy))) {
            return false;
        }
        return !SnapTrial.run(anatomy, tightness, HipMotion.FLEXION_EXTENSION,
                HipMotion.FLEXION_EXTENSION.defaultPeriodS(), 0, 0, MANOEUVRE_CYCLES).isEmpty()
                || !SnapTrial.run(anatomy, tightness, HipMotion.WALKING,
                HipMotion.WALKING.defaultPeriodS(), 0, 0, STRIDES).isEmpty();
    }

    public static SnapScreening of(Anatomy anatomy, double tightness) {
        if (!(tightness > SnapThreshold.foldTightness(anatomy))) {
            return new SnapScreening(0, 0, 0);
        }
        List<SnapEvent> manoeuvre = SnapTrial.run(anatomy, tightness, HipMotion.FLEXION_EXTENSION,
                HipMotion.FLEXION_EXTENSION.defaultPeriodS(), 0, 0, MANOEUVRE_CYCLES);
        List<SnapEvent> walking = SnapTrial.run(anatomy, tightness, HipMotion.WALKING,
                HipMotion.WALKING.defaultPeriodS(), 0, 0, STRIDES);
        double max = 0;
        for (List<SnapEvent> list : List.of(manoeuvre, walking)) {
            for (SnapEvent e : list) {
                max = Math.max(max, e.energyJ());
            }
        }
        return new SnapScreening(manoeuvre.size(), walking.size(), max);
    }
}
