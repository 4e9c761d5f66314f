package org.crepituslab.facet.model;

import static org.crepituslab.facet.model.FacetConstants.DENSITY;
import static org.crepituslab.facet.model.FacetConstants.GAS_HEAT_RATIO;
import static org.crepituslab.facet.model.FacetConstants.GAS_THERMAL_DIFFUSIVITY;
import static org.crepituslab.facet.model.FacetConstants.P_ATM;
import static org.crepituslab.facet.model.FacetConstants.TISSUE_SOUND_SPEED;

/**
 * The losses of a ringing bubble beyond the liquid's viscosity, written as effective viscosities
 * that add to μ in the Rayleigh–Plesset wall term 4μṘ/R (Prosperetti 1977; Devin 1959):
 * <ul>
 *   <li>thermal: heat flows between the compressed gas and the wall (Prosperetti 1977, "Thermal
 *       effects and damping mechanisms in the forced radial oscillations of gas bubbles in
 *       liquids", J Acoust Soc Am 61:17): μ_th = p_g·Im Φ/(4ω) with
 *       Φ = 3γ/(1 − 3(γ−1)·iχ·[√(i/χ)·coth √(i/χ) − 1]), χ = D_g/(ωR²);</li>
 *   <li>acoustic radiation: the monopole carries energy away into the tissue at the acoustic
 *       resistance ρω²/(4πc) per volume flow (Keller &amp; Miksis 1980, small-Mach limit), i.e.
 *       μ_rad = ρω²R³/(4c).</li>
 * </ul>
 * ω is the angular frequency the bubble rings at now, from its stiffness and inertance.
 */
public final class BubbleDamping {
    private BubbleDamping() {
    }

    /** Thermal effective viscosity, Pa·s, for a bubble of radius R (m) with gas at p_g (Pa) ringing at ω. */
    public static double thermal(double radius, double gasPressure, double omega) {
        if (!(radius > 0) || !(gasPressure > 0) || !(omega > 0)) {
            return 0;
        }
        double diffusivity = GAS_THERMAL_DIFFUSIVITY * P_ATM / gasPressure; // a gas's D ∝ 1/p
        double chi = diffusivity / (omega * radius * radius);
        double g = GAS_HEAT_RATIO;
        // z = √(i/χ) = (1 + i)/√(2χ)
        double s = 1 / Math.sqrt(2 * chi);
        double[] z = {s, s};
        double[] zc;
        if (s < 0.3) {
            // z·coth z = 1 + z²/3 − z⁴/45 + 2z⁶/945 for small z (z² = i/χ): no cancellation
            double[] z2 = mul(z, z);
            double[] z4 = mul(z2, z2);
            double[] z6 = mul(z4, z2);
            zc = new double[] {1 + z2[0] / 3 - z4[0] / 45 + 2 * z6[0] / 945, z2[1] / 3 - z4[1] / 45 + 2 * z6[1] / 945};
        } else {
            zc = mul(z, coth(z));
        }
        double[] bracket = {zc[0] - 1, zc[1]};
        // iχ·bracket
        double[] ib = {-chi * bracket[1], chi * bracket[0]};
        double[] den = {1 - 3 * (g - 1) * ib[0], -3 * (g - 1) * ib[1]};
        double mag = den[0] * den[0] + den[1] * den[1];
        double imPhi = -3 * g * den[1] / mag;
        return Math.max(0, gasPressure * imPhi / (4 * omega));
    }

    /** Radiation effective viscosity, Pa·s. */
    public static double radiation(double radius, double omega) {
        return DENSITY * omega * omega * radius * radius * radius / (4 * TISSUE_SOUND_SPEED);
    }

    private static double[] mul(double[] a, double[] b) {
        return new double[] {a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]};
    }

    /** coth of a complex number (x + iy), stable for large x. */
    private static double[] coth(double[] z) {
        double x = z[0];
        double y = z[1];
        if (x > 20) {
            return new double[] {1, 0};
        }
        // coth z = (sinh 2x − i sin 2y)/(cosh 2x − cos 2y)
        double d = Math.cosh(2 * x) - Math.cos(2 * y);
        return new double[] {Math.sinh(2 * x) / d, -Math.sin(2 * y) / d};
    }
}
