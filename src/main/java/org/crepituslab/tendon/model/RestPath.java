package org.crepituslab.tendon.model;

import static org.crepituslab.tendon.model.TendonConstants.CREST_ALIGNED_HIP_RAD;
import static org.crepituslab.tendon.model.TendonConstants.PATH_SHIFT_M_PER_RAD;
import static org.crepituslab.tendon.model.TendonConstants.RIDGE_CREST_M;

/**
 * Where the hip puts the tendon's rest path x0: a straight line in hip angle plus pelvic tilt,
 * crossing the crest at {@link TendonConstants#CREST_ALIGNED_HIP_RAD}. Both directions are needed:
 * the dynamics go from angle to x0, the fold analysis and the θ–x plot from x0 back to angle.
 */
public final class RestPath {
    private RestPath() {
    }

    /** The tendon's rest path x0 for a hip angle and an extra pelvic tilt (both radians). */
    public static double of(double hipRad, double tiltRad) {
        return RIDGE_CREST_M + PATH_SHIFT_M_PER_RAD * (hipRad + tiltRad - CREST_ALIGNED_HIP_RAD);
    }

    /** The inverse of {@link #of}: the hip angle that puts the rest path at x0. */
    public static double hipAngleFor(double x0, double tiltRad) {
        return (x0 - RIDGE_CREST_M) / PATH_SHIFT_M_PER_RAD + CREST_ALIGNED_HIP_RAD - tiltRad;
    }
}
