package org.crepituslab.tendon.model;

/**
 * What drives the hip angle: the user (hold the angle they set by dragging, the slider or the
 * keys), or a repeating cycle between an extended and a flexed hip.
 */
public enum HipMotion {
    /** The hip stays where the user puts it. */
    HOLD("hold", 0, 0, 0),
    /**
     * A slow flexion–extension exercise through the range where the snap is provoked: from 10° of
     * extension to 80° of flexion, 4 s per cycle.
     */
    FLEXION_EXTENSION("flexion-extension", -10, 80, 4.0),
    /**
     * Walking: the thigh swings between about 10° of extension and 30° of flexion once per stride,
     * about 1.1 s at an ordinary pace (standard gait kinematics).
     */
    WALKING("walking", -10, 30, 1.1);

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

    public double defaultPeriodS() {
        return defaultPeriodS;
    }

    /** The hip angle at cycle phase 0..1: starts extended, flexes, returns (a raised cosine). */
    public double angleAt(double phase) {
        return minRad + (maxRad - minRad) * 0.5 * (1 - Math.cos(2 * Math.PI * phase));
    }

    /** The phase on the flexing half of the cycle at which the hip is at this angle (clamped into range). */
    public double phaseOf(double angleRad) {
        if (!isCycle()) {
            return 0;
        }
        double f = (angleRad - minRad) / (maxRad - minRad);
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
