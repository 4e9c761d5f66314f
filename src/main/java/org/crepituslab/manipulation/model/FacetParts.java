package org.crepituslab.manipulation.model;

import org.crepituslab.facet.model.FacetConstants;
import org.crepituslab.facet.model.Joint;
import org.crepituslab.facet.model.JointMechanics;
import org.crepituslab.facet.model.PopEvent;

/**
 * The parts of the facet joint's model each of the ten joints uses: the pull at which a joint's
 * fluid reaches its nucleation threshold ({@link JointMechanics#pullForPressure}), how far the
 * surfaces have parted at that pull, and the refractory period, found once by running one facet
 * joint through a standard stretch and resting it until its {@code RefractoryAnalysis} says it is
 * ready. A full Rayleigh–Plesset run per joint and thrust would cost ≈ 40 ms each; the pop's
 * sound is synthesised from the facet model only for playback.
 */
public final class FacetParts {
    /** Longest rest the refractory simulation waits for, s. */
    private static final double MAX_REST_S = 4 * 3600;
    private static double refractory = Double.NaN;

    private FacetParts() {
    }

    /** The facet model's default nucleation threshold, Pa gauge. */
    public static double defaultThreshold() {
        return FacetConstants.NUCLEATION_THRESHOLD;
    }

    /** A threshold kept within the range the facet model allows, Pa gauge. */
    public static double clampThreshold(double pascals) {
        return Math.max(FacetConstants.THRESHOLD_MIN, Math.min(FacetConstants.THRESHOLD_MAX, pascals));
    }

    /** The pull at which a rested joint with this threshold pops, m. */
    public static double popPull(double threshold) {
        return JointMechanics.pullForPressure(threshold);
    }

    /** The default joint's pop pull, m: the unit of the manipulation model's loads. */
    public static double defaultPopPull() {
        return popPull(defaultThreshold());
    }

    /** Separation of the articular surfaces under a pull before any cavity forms, m. */
    public static double gap(double pull) {
        return JointMechanics.gap(pull, JointMechanics.gaugePressure(0, pull));
    }

    /**
     * Sound energy of a pop relative to the default joint's: the cavity grows against the tension
     * the fluid held, so a deeper threshold gives a louder pop (energy ∝ tension², modelling choice).
     */
    public static double relativeEnergy(double threshold) {
        double r = threshold / defaultThreshold();
        return r * r;
    }

    /** Seconds a joint at default settings needs after a pop before it can pop again (simulated once). */
    public static synchronized double refractoryPeriod() {
        if (Double.isNaN(refractory)) {
            refractory = simulateRefractory();
        }
        return refractory;
    }

    private static double simulateRefractory() {
        Joint joint = new Joint();
        double[] popAt = {Double.NaN};
        double[] readyAt = {Double.NaN};
        joint.popEvents().addListener((PopEvent e) -> popAt[0] = e.time());
        joint.refractory().readyAgain().addListener(t -> readyAt[0] = t);
        joint.stretch().startStandard();
        while (Double.isNaN(popAt[0]) && joint.time() < 2) {
            joint.advance(1e-3);
        }
        while (Double.isNaN(readyAt[0]) && joint.time() < MAX_REST_S) {
            joint.advance(5);
        }
        if (Double.isNaN(popAt[0]) || Double.isNaN(readyAt[0])) {
            throw new IllegalStateException("the default facet joint did not pop and recover");
        }
        return readyAt[0] - popAt[0];
    }
}
