package org.crepituslab.tendon.model;

/**
 * What drives the hip: the user (hold the angle they set by dragging, the slider or the keys), or a
 * repeating movement. The clinical manoeuvre takes the hip into flexion with abduction and external
 * rotation and brings it back to extension in neutral (Piechota et al. 2016: the internal snap comes
 * on that return); walking swings the thigh in the sagittal plane.
 */
public enum HipMotion {
    /** The hip stays where the user puts it, in neutral abduction and rotation. */
    HOLD("hold", 0, 0, 0),
    /**
     * The clinical manoeuvre: from 10° of extension into flexion (80° for the typical hip) with
     * abduction and external rotation, then back to extension in neutral, 4 s per cycle. The id is
     * kept from the plain flexion–extension exercise it replaces, for scripts that use it.
     */
    FLEXION_EXTENSION("flexion-extension", -10, 80, 4.0),
    /**
     * Walking: the thigh swings between about 10° of extension and 30° of flexion once per stride,
     * about 1.1 s at an ordinary pace (standard gait kinematics), without abduction.
     */
    WALKING("walking", -10, 30, 1.1);

    /** Share of the flexion on the way in by which abduction and external rotation are complete. */
    private static final double FABER_IN_BY = 0.3;
    /** Share of the way back (from full flexion) over which abduction and rotation return to neutral. */
    private static final double FABER_OUT_BY = 0.25;

    private final String id;
    private final double minRad;
    private final double maxRad;
    private final double defaultPeriodS;

    HipMotion(String id, double minDeg, double maxDeg, double defaultPeriodS) {
        this.id = id;
        this.minRad = Math.toRadians(minDeg);
        this.maxRad = Math.toRadians(maxDeg);
        this.defaultPeriodS = defaultPeriodS;
    }

    /** Stable id for the command line and CSV. */
    public String id() {
        return id;
    }

    public boolean isCycle() {
        return this != HOLD;
    }

    public double minRad() {
        return minRad;
    }

    /** Most flexed hip of the movement for this person (the manoeuvre goes as far as their range allows). */
    public double maxRad(Anatomy anatomy) {
        return this == FLEXION_EXTENSION ? anatomy.flexionMaxRad() : maxRad;
    }

    public double defaultPeriodS() {
        return defaultPeriodS;
    }

    /** Share of the flexion range reached at cycle phase 0..1 (a raised cosine: out and back). */
    static double progress(double phase) {
        return 0.5 * (1 - Math.cos(2 * Math.PI * phase));
    }

    /** The hip angle at cycle phase 0..1 for the typical hip. */
    public double angleAt(double phase) {
        return angleAt(phase, Anatomy.TYPICAL);
    }

    /** The hip angle at cycle phase 0..1: starts extended, flexes, returns. */
    public double angleAt(double phase, Anatomy anatomy) {
        return minRad + (maxRad(anatomy) - minRad) * progress(phase);
    }

    /**
     * How far into abduction and external rotation the hip is at this phase, 0 (neutral) to 1 (the
     * manoeuvre's full abduction and rotation). Only the clinical manoeuvre abducts: it rolls the hip
     * out early on the way in and back to neutral early on the way back, so the tendon crosses the
     * ridge abducted going up and in neutral coming down.
     */
    public double faberAt(double phase) {
        if (this != FLEXION_EXTENSION) {
            return 0;
        }
        double p = progress(phase);
        double ph = phase - Math.floor(phase);
        return ph < 0.5 ? smoothstep(p / FABER_IN_BY) : smoothstep((p - (1 - FABER_OUT_BY)) / FABER_OUT_BY);
    }

    private static double smoothstep(double u) {
        double c = Math.max(0, Math.min(1, u));
        return c * c * (3 - 2 * c);
    }

    /** The phase on the flexing half of the cycle at which the hip is at this angle (clamped into range). */
    public double phaseOf(double angleRad, Anatomy anatomy) {
        if (!isCycle()) {
            return 0;
        }
        double f = (angleRad - minRad) / (maxRad(anatomy) - minRad);
        f = Math.max(0, Math.min(1, f));
        return Math.acos(1 - 2 * f) / (2 * Math.PI);
    }

    public static HipMotion fromId(String id) {
        for (HipMotion m : values()) {
            if (m.id.equals(id)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown hip motion: " + id);
    }
}
