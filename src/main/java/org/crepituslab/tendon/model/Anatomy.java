package org.crepituslab.tendon.model;

/**
 * One person's hip as the tendon model sees it: what differs from person to person. The typical
 * hip is {@link #TYPICAL}; {@link PopulationProfile} draws others.
 *
 * @param tensionScale   the person's tendon tension relative to the typical at the same tightness
 *                       (tendon and muscle stiffness, muscle bulk)
 * @param ridgeScale     the height of the person's bony ridge (iliopectineal eminence) relative to
 *                       the typical
 * @param crestHipRad    hip flexion at which the person's tendon path lies over the crest
 * @param flexionMaxRad  how far the person's hip flexes in the clinical manoeuvre (range of motion)
 */
public record Anatomy(double tensionScale, double ridgeScale, double crestHipRad, double flexionMaxRad) {
    /** The typical hip: the constants of {@link TendonConstants} and a manoeuvre up to 80° of flexion. */
    public static final Anatomy TYPICAL = new Anatomy(1, 1, TendonConstants.CREST_ALIGNED_HIP_RAD, Math.toRadians(80));

    /**
     * How much further forward this person's crest lies than the typical one, as an equivalent extra
     * pelvic tilt (radians): a crest met at 25° of flexion acts like 5° of extra tilt.
     */
    public double crestShiftRad() {
        return TendonConstants.CREST_ALIGNED_HIP_RAD - crestHipRad;
    }

    /** This person's landscape at a tightness, with abduction–external rotation fraction faber (0..1). */
    public Landscape landscape(double tightness, double faber) {
        double f = Math.max(0, Math.min(1, faber));
        return new Landscape(tensionScale * TendonConstants.tension(tightness),
                ridgeScale * TendonConstants.RIDGE_PATH_LENGTHENING_M * (1 - TendonConstants.RIDGE_LIFT_IN_ABDUCTION * f));
    }
}
