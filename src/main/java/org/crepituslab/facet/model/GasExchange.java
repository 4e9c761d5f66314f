package org.crepituslab.facet.model;

import java.util.Arrays;
import static org.crepituslab.facet.model.FacetConstants.FLUID_VOLUME;
import static org.crepituslab.facet.model.FacetConstants.RT;
import static org.crepituslab.facet.model.FacetConstants.SLOW_STEP_ACTIVE;
import static org.crepituslab.facet.model.FacetConstants.SLOW_STEP_REST;

/**
 * Gas between solution and bubble, per species, by diffusion (Epstein &amp; Plesset 1950): each
 * gas crosses the bubble's wall down its own concentration difference,
 * <pre>
 *   dn/dt = 4πR·D·(c∞ − H·p_i)·(1 + R/√(πD·t))
 * </pre>
 * with c∞ the gas's concentration in the fluid, H its solubility, p_i its partial pressure in the
 * bubble and t the bubble's age (the second term is the fresh concentration boundary layer around
 * a new bubble, thin at first; later the fluid's slow shearing by the joint's motion keeps it
 * thin, see {@link #layer}). D and H are the gases' values at 37 °C ({@link GasSpecies}). Gas comes out while its partial pressure in the bubble is below its
 * tension in the fluid and goes back once it is above, so CO₂, far more soluble, moves first both
 * ways. The joint is closed: bubble + dissolved is constant for every gas.
 */
public final class GasExchange {
    private static final GasSpecies[] SPECIES = GasSpecies.values();

    private GasExchange() {
    }

    /**
     * d(bubble gas)/dt for each species, mol/s, into {@code out}.
     *
     * @param radius bubble radius, m (0: no bubble, nothing moves)
     * @param age    time since the bubble formed, s
     * @param boost  speed-up of the return into solution (1 in the model; the busy benchmark state uses more)
     */
    public static void rates(double radius, double age, double[] dissolved, double[] bubble, double boost,
                             double[] out) {
        rates(radius, age, dissolved, bubble, boost, FLUID_VOLUME, FacetConstants.FLUID_SHEAR_RATE, out);
    }

    /**
     * The same law in a joint of another fluid volume (m³) whose fluid is sheared at another rate
     * (s⁻¹): for comparing joints that differ from the default one.
     */
    public static void rates(double radius, double age, double[] dissolved, double[] bubble, double boost,
                             double fluidVolume, double shearRate, double[] out) {
        if (!(radius > 0)) {
            Arrays.fill(out, 0);
            return;
        }
        double volume = RayleighPlesset.volume(radius);
        for (int i = 0; i < SPECIES.length; i++) {
            GasSpecies g = SPECIES[i];
            double far = Math.max(0, dissolved[i]) / fluidVolume;
            double wall = g.solubility() * Math.max(0, bubble[i]) * RT / volume;
            double flux = 4 * Math.PI * radius * g.diffusivity() * (far - wall) * layer(radius, g, age, shearRate);
            out[i] = flux < 0 ? boost * flux : flux; // the boost only hastens the return into solution
        }
    }

    /**
     * How much faster than steady diffusion (Sherwood number 2) the bubble exchanges gas: the
     * larger of the young bubble's thin boundary layer, 1 + R/√(πDt) (Epstein &amp; Plesset 1950),
     * and the convection of the fluid sheared past it by the joint's everyday motion,
     * Sh/2 = 1 + 0.45·Pe^⅓ with Pe = γ̇R²/D (a sphere in simple shear at high Péclet number,
     * Acrivos 1980; γ̇ = {@link FacetConstants#FLUID_SHEAR_RATE}).
     */
    static double layer(double radius, GasSpecies g, double age) {
        return layer(radius, g, age, FacetConstants.FLUID_SHEAR_RATE);
    }

    /** {@link #layer(double, GasSpecies, double)} for fluid sheared at {@code shearRate}, s⁻¹ (0: still fluid). */
    static double layer(double radius, GasSpecies g, double age, double shearRate) {
        double t = Math.max(age, 1e-9);
        double young = 1 + radius / Math.sqrt(Math.PI * g.diffusivity() * t);
        double peclet = Math.max(0, shearRate) * radius * radius / g.diffusivity();
        double sheared = 1 + 0.45 * Math.cbrt(peclet);
        return Math.max(young, sheared);
    }

    /**
     * Longest safe step of the slow (quasi-static) exchange, s: a small fraction of the fastest
     * gas's exchange time R²/(3·D·H·RT·(1 + R/√(πDt))) for the bubble now, between
     * {@link FacetConstants#SLOW_STEP_ACTIVE} and {@link FacetConstants#SLOW_STEP_REST}.
     */
    static double stepLimit(double radius, double age, double boost) {
        if (!(radius > 0)) {
            return SLOW_STEP_REST;
        }
        double fastest = Double.POSITIVE_INFINITY;
        for (GasSpecies g : SPECIES) {
            double tau = radius * radius / (3 * g.diffusivity() * g.solubility() * RT * layer(radius, g, age) * boost);
            fastest = Math.min(fastest, tau);
        }
        // the young bubble's boundary layer thickens as √t: steps short against the bubble's age too
        double young = Math.max(SLOW_STEP_ACTIVE, 0.02 * age);
        return Math.max(SLOW_STEP_ACTIVE, Math.min(Math.min(SLOW_STEP_REST, young), 0.01 * fastest));
    }
}
