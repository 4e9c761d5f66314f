package org.crepituslab.walking.model;

/**
 * What the user controls: the causes of the noises.
 *
 * @param hipFlexorTightness 0 supple … 1 very tight (long sitting shortens the iliopsoas)
 * @param core               deep-core engagement, 0 none … 1 full
 * @param glutes             gluteal strength, 0 weak … 1 strong
 * @param speed              walking speed, m/s
 * @param structuralLevel    0 no structural problem, 1..5 a loose ligament / damaged capsule at L1-L2..L5-S1
 */
public record Causes(double hipFlexorTightness, double core, double glutes, double speed, int structuralLevel) {
    public static final double SPEED_MIN = 0.5;
    public static final double SPEED_MAX = 2.0;
    /** Typical comfortable walking speed (shared science notes: 1.2–1.4 m/s). */
    public static final double SPEED_NORMAL = 1.3;
    public static final Causes DEFAULT = new Causes(0.3, 0.5, 0.7, SPEED_NORMAL, 0);

    public Causes withTightness(double v) {
        return new Causes(v, core, glutes, speed, structuralLevel);
    }

    public Causes withCore(double v) {
        return new Causes(hipFlexorTightness, v, glutes, speed, structuralLevel);
    }

    public Causes withGlutes(double v) {
        return new Causes(hipFlexorTightness, core, v, speed, structuralLevel);
    }

    public Causes withSpeed(double v) {
        return new Causes(hipFlexorTightness, core, glutes, v, structuralLevel);
    }

    public Causes withStructuralLevel(int v) {
        return new Causes(hipFlexorTightness, core, glutes, speed, v);
    }

    /** Hip-flexor tightness from hours of sitting per day (12 h or more counts as fully tight; a modelling choice). */
    public static double tightnessFromSitting(double hours) {
        return Math.max(0, Math.min(1, hours / 12.0));
    }
}
