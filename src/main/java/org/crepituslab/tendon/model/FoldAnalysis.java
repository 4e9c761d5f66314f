package org.crepituslab.tendon.model;

/**
 * Where a slowly moved hip in neutral abduction and rotation would snap, from the landscape alone (no time stepping): the fold angles in
 * each direction, the hysteresis between them, and the energy each quasi-static snap releases.
 *
 * @param snaps               false below the tightness threshold (one well, the tendon glides)
 * @param flexingAngleRad     hip angle of the snap while flexing; NaN when there is no snap
 * @param extendingAngleRad   hip angle of the snap while extending; NaN when there is no snap
 * @param energyJ             energy released per snap (same both ways: the ridge is symmetric; in the clinical manoeuvre
 *                            the way into flexion is abducted and does not snap)
 */
public record FoldAnalysis(boolean snaps, double flexingAngleRad, double extendingAngleRad, double energyJ) {

    /** The width of the hysteresis loop in hip angle, radians (0 without snaps). */
    public double hysteresisRad() {
        return snaps ? flexingAngleRad - extendingAngleRad : 0;
    }

    /** The typical hip's fold angles and energy, in neutral, for a tightness and an extra (effective) pelvic tilt. */
    public static FoldAnalysis of(double tightness, double effectiveTiltRad) {
        return of(new Landscape(tightness), effectiveTiltRad);
    }

    /** The fold angles and energy of a landscape held fixed (no change of abduction on the way). */
    public static FoldAnalysis of(Landscape l, double effectiveTiltRad) {
        if (!l.isBistable()) {
            return new FoldAnalysis(false, Double.NaN, Double.NaN, 0);
        }
        return new FoldAnalysis(true,
                RestPath.hipAngleFor(l.foldRestPath(-1), effectiveTiltRad),
                RestPath.hipAngleFor(l.foldRestPath(1), effectiveTiltRad),
                l.releasedEnergyAtFold(-1));
    }
}
