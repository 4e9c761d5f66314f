package org.crepituslab.tendon.model;

/**
 * Where a slowly moved hip snaps, from the landscape alone (no time stepping): the fold angles in
 * each direction, the hysteresis between them, and the energy each quasi-static snap releases.
 *
 * @param snaps               false below the tightness threshold (one well, the tendon glides)
 * @param flexingAngleRad     hip angle of the snap while flexing; NaN when there is no snap
 * @param extendingAngleRad   hip angle of the snap while extending; NaN when there is no snap
 * @param energyJ             energy released per snap (same both ways: the ridge is symmetric)
 */
public record FoldAnalysis(boolean snaps, double flexingAngleRad, double extendingAngleRad, double energyJ) {

    /** The width of the hysteresis loop in hip angle, radians (0 without snaps). */
    public double hysteresisRad() {
        return snaps ? flexingAngleRad - extendingAngleRad : 0;
    }

    /** The fold angles and energy for a tightness and an extra (effective) pelvic tilt. */
    public static FoldAnalysis of(double tightness, double effectiveTiltRad) {
        Landscape l = new Landscape(tightness);
        if (!l.isBistable()) {
            return new FoldAnalysis(false, Double.NaN, Double.NaN, 0);
        }
        return new FoldAnalysis(true,
                RestPath.hipAngleFor(l.foldRestPath(-1), effectiveTiltRad),
                RestPath.hipAngleFor(l.foldRestPath(1), effectiveTiltRad),
                l.releasedEnergyAtFold(-1));
    }
}
