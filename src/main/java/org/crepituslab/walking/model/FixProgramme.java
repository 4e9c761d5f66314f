package org.crepituslab.walking.model;

/**
 * "Try the fix": weeks of core training (planks, bird-dogs) and hip-flexor stretching move the
 * causes gradually towards an engaged core and supple flexors. The exponential approach and its
 * time constants are modelling choices (training adaptations build over weeks, not days); gluteal
 * strength, speed and any structural problem are left as they are — a loose ligament or damaged
 * capsule needs a professional, not exercise.
 */
public final class FixProgramme {
    /** Weeks for core engagement to close about two thirds of its gap to full (modelling choice). */
    public static final double CORE_WEEKS = 6;
    /** Weeks for stretching to remove about two thirds of the tightness (modelling choice). */
    public static final double STRETCH_WEEKS = 4;
    /** Tightness daily stretching cannot remove while the sitting continues (modelling choice). */
    public static final double RESIDUAL_TIGHTNESS = 0.1;

    private FixProgramme() {
    }

    /** The causes after this many weeks of the programme, starting from {@code start}. */
    public static Causes after(Causes start, double weeks) {
        double w = Math.max(0, weeks);
        double core = 1 - (1 - start.core()) * Math.exp(-w / CORE_WEEKS);
        double floor = Math.min(start.hipFlexorTightness(), RESIDUAL_TIGHTNESS);
        double tight = floor + (start.hipFlexorTightness() - floor) * Math.exp(-w / STRETCH_WEEKS);
        return start.withCore(core).withTightness(tight);
    }
}
