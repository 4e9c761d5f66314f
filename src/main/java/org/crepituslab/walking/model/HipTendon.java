package org.crepituslab.walking.model;

import static org.crepituslab.tendon.model.TendonConstants.RIDGE_CREST_M;

import org.crepituslab.tendon.model.FoldAnalysis;
import org.crepituslab.tendon.model.Landscape;
import org.crepituslab.tendon.model.RestPath;

/**
 * One hip's iliopsoas tendon over its bony ridge, as the snapping-tendon screen models it: that
 * screen's {@link Landscape} (the ridge and the elastic pull, at the tendon's tightness) and its
 * {@link RestPath} (where the hip angle and the pelvic tilt put the tendon's rest path), driven here
 * by the gait's own hip angle. The tendon sits in the well on its side of the crest; when, as the
 * hip swings, that well vanishes (the landscape's fold), it jumps to the other well and releases
 * the landscape's energy difference: a snap. Below the landscape's fold threshold (tightness 0.75
 * for the typical hip) there is one well and the tendon glides across silently.
 *
 * <p>Quasi-static: the tendon's fall takes a few milliseconds, the hip's swing a few tenths of a
 * second, so the snap is placed at the fold (the snapping-tendon screen integrates the fall itself).
 * Modelling choice for walking: the tendon screen measures the hip from a level pelvis; a walker's
 * pelvis is tilted forward by its mean anterior tilt, which the tendon takes as that screen's extra
 * pelvic tilt (the tilt's in-stride rocking of 2–4° is left out, so each hip snaps at one angle each way).
 */
public final class HipTendon {
    /** What a snap released: energy (J) and the pitch of the thud, the landing well's natural frequency (Hz). */
    public record Snap(double energyJ, double thudHz) {
    }

    private Landscape landscape;
    private double tightness = Double.NaN;
    private double tiltRad;
    /** Which side of the crest the tendon lies on, +1 (flexion side) or −1; 0 before the first update. */
    private int side;

    public HipTendon(double tightness, double meanTiltDeg) {
        setTightness(tightness, meanTiltDeg);
    }

    /** A new tightness or pelvic tilt: the tendon keeps its side of the ridge. */
    public void setTightness(double tightness, double meanTiltDeg) {
        if (tightness != this.tightness) {
            this.tightness = tightness;
            landscape = new Landscape(tightness);
        }
        tiltRad = Math.toRadians(meanTiltDeg);
    }

    public boolean canSnap() {
        return landscape.isBistable();
    }

    /** Hip flexion at which the tendon snaps while the hip flexes, degrees; NaN when it cannot snap. */
    public double snapAngleFlexing() {
        return Math.toDegrees(FoldAnalysis.of(landscape, tiltRad).flexingAngleRad());
    }

    /** Hip flexion at which the tendon snaps while the hip extends, degrees; NaN when it cannot snap. */
    public double snapAngleExtending() {
        return Math.toDegrees(FoldAnalysis.of(landscape, tiltRad).extendingAngleRad());
    }

    /** Moves the hip to this flexion (degrees); returns the snap it caused, or null when the tendon stayed. */
    public Snap update(double hipDeg) {
        double x0 = RestPath.of(Math.toRadians(hipDeg), tiltRad);
        if (side == 0 || !landscape.isBistable()) {
            side = x0 >= RIDGE_CREST_M ? 1 : -1;
            return null;
        }
        // the well on the −1 side dies as x0 rises past foldRestPath(−1), the +1 well as it falls past foldRestPath(+1)
        double fold = landscape.foldRestPath(side);
        boolean vanished = side < 0 ? x0 >= fold : x0 <= fold;
        if (!vanished) {
            return null;
        }
        int from = side;
        side = -side;
        double landing = landscape.minimumOnSide(side, x0);
        return new Snap(landscape.releasedEnergy(from, x0), landscape.naturalFrequencyHz(landing));
    }

    /** The tendon's sideways position from the crest now, for this hip flexion (degrees), metres. */
    public double position(double hipDeg) {
        double x0 = RestPath.of(Math.toRadians(hipDeg), tiltRad);
        double x = side == 0 ? Double.NaN : landscape.minimumOnSide(side, x0);
        return Double.isNaN(x) ? landscape.globalMinimum(x0) : x;
    }

    /** Which side of the crest the tendon lies on (+1 flexion side, −1 extension side). */
    public int side() {
        return side;
    }

    public void reset() {
        side = 0;
    }
}
