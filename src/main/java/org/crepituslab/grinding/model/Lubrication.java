package org.crepituslab.grinding.model;

import static org.crepituslab.grinding.model.GrindingConstants.CARTILAGE_THICKNESS_M;
import static org.crepituslab.grinding.model.GrindingConstants.FLUID_LOSS_EXPONENT;
import static org.crepituslab.grinding.model.GrindingConstants.HEALTHY_FLUID_LOAD_FRACTION;
import static org.crepituslab.grinding.model.GrindingConstants.HEALTHY_ROUGHNESS_M;
import static org.crepituslab.grinding.model.GrindingConstants.MU_EQUILIBRIUM;
import static org.crepituslab.grinding.model.GrindingConstants.STATIC_FRICTION_EXCESS;
import static org.crepituslab.grinding.model.GrindingConstants.WORN_ROUGHNESS_M;

/**
 * What wear (0 healthy … 1 bone on bone) does to the joint surface: thinner cartilage, a rougher
 * surface, and less of the load carried by fluid pressurisation. Friction follows the lost fluid
 * support (Ateshian's biphasic law μ_eff = μ_eq·(1 − W_p/W), Krishnan 2004), not age or wear
 * directly: early wear roughens the surface with little change in μ (Caligaris 2009).
 */
public final class Lubrication {
    private Lubrication() {
    }

    /** Fraction of the load carried by pressurised interstitial fluid, W_p/W, in [0, 0.95]. */
    public static double fluidLoadFraction(double wear) {
        double w = clampWear(wear);
        return HEALTHY_FLUID_LOAD_FRACTION * (1 - Math.pow(w, FLUID_LOSS_EXPONENT));
    }

    /** Share of the load the solid matrix (or bare bone) carries in contact: 1 − W_p/W. */
    public static double solidLoadFraction(double wear) {
        return 1 - fluidLoadFraction(wear);
    }

    /** Sliding (kinetic) friction coefficient: μ_eq·(1 − W_p/W). */
    public static double kineticFriction(double wear) {
        return MU_EQUILIBRIUM * solidLoadFraction(wear);
    }

    /**
     * The biphasic law μ_eq·(1 − W_p/W) for a given fluid load fraction: what the friction graph
     * plots against the measured coefficient, from a sample's recorded fluid support.
     */
    public static double frictionLaw(double fluidLoadFraction) {
        return MU_EQUILIBRIUM * (1 - fluidLoadFraction);
    }

    /** Start-up (static) friction coefficient: the solid share also carries the static excess. */
    public static double staticFriction(double wear) {
        return kineticFriction(wear) + STATIC_FRICTION_EXCESS * solidLoadFraction(wear);
    }

    /** Remaining cartilage thickness on each surface, metres: 0.8 mm healthy, 0 bone on bone. */
    public static double cartilageThickness(double wear) {
        return CARTILAGE_THICKNESS_M * (1 - clampWear(wear));
    }

    /**
     * Composite RMS roughness of the two surfaces, metres. It rises early and steeply (∝ √wear):
     * surface fibrillation is among the first signs of osteoarthritis, before the layer thins and
     * fluid support goes, so early wear is already rough while μ has barely changed (Caligaris 2009).
     */
    public static double roughness(double wear) {
        return HEALTHY_ROUGHNESS_M + (WORN_ROUGHNESS_M - HEALTHY_ROUGHNESS_M) * Math.sqrt(clampWear(wear));
    }

    private static double clampWear(double wear) {
        return Math.max(0, Math.min(1, wear));
    }
}
