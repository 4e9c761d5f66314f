package org.crepituslab.facet.model;

/**
 * The Rayleigh–Plesset equation (Plesset 1949) for a spherical bubble of radius R in an
 * incompressible liquid, and the sound it radiates:
 * <pre>
 *   ρ(R·R̈ + 3/2·Ṙ²) = p_B − p_∞(t) − 2σ/R − 4μṘ/R,   p_B = p_v + p_g
 *   p_a(r, t) = ρ/r · (R²R̈ + 2RṘ²) = ρ/r · d(R²Ṙ)/dt
 * </pre>
 * Static helpers shared by the free bubble of {@code simulate bubble} and the joint's bubble.
 */
public final class RayleighPlesset {
    private RayleighPlesset() {
    }

    /** R̈ from the state and the pressures (Pa, absolute), in m/s². */
    public static double acceleration(double radius, double wallVelocity, double gasPressure, double vapourPressure,
                                      double farPressure, double density, double surfaceTension, double viscosity) {
        double drive = vapourPressure + gasPressure - farPressure - 2 * surfaceTension / radius
                - 4 * viscosity * wallVelocity / radius;
        return (drive / density - 1.5 * wallVelocity * wallVelocity) / radius;
    }

    /** Radiated acoustic pressure (Pa) at distance r from the bubble centre. */
    public static double acousticPressure(double density, double distance, double radius, double wallVelocity,
                                          double acceleration) {
        return density / distance * (radius * radius * acceleration + 2 * radius * wallVelocity * wallVelocity);
    }

    /** Rayleigh (1917) collapse time of an empty cavity: 0.91468·R0·√(ρ/Δp). */
    public static double rayleighCollapseTime(double r0, double density, double pressureDifference) {
        return 0.91468 * r0 * Math.sqrt(density / pressureDifference);
    }

    /** Minnaert (1933) frequency in Hz: (1/2πR0)·√(3κ·p0/ρ). */
    public static double minnaertFrequency(double r0, double polytropic, double pressure, double density) {
        return Math.sqrt(3 * polytropic * pressure / density) / (2 * Math.PI * r0);
    }

    /** Volume of a sphere. */
    public static double volume(double radius) {
        return 4.0 / 3.0 * Math.PI * radius * radius * radius;
    }

    /** Radius of a sphere of the given volume. */
    public static double radiusOfVolume(double volume) {
        return volume <= 0 ? 0 : Math.cbrt(volume * 3 / (4 * Math.PI));
    }
}
