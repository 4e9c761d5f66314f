package org.crepituslab.facet.model;

import static org.crepituslab.facet.model.FacetConstants.P_ATM;
import static org.crepituslab.facet.model.FacetConstants.P_VAPOUR;
import static org.crepituslab.facet.model.FacetConstants.REDISSOLVE_RAMP;
import static org.crepituslab.facet.model.FacetConstants.RELEASE_REFERENCE_RADIUS;
import static org.crepituslab.facet.model.FacetConstants.SLOW_STEP_ACTIVE;
import static org.crepituslab.facet.model.FacetConstants.SLOW_STEP_REST;
import static org.crepituslab.facet.model.FacetConstants.STILL_RELEASE;
import static org.crepituslab.facet.model.FacetConstants.STIRRING_TIME;

/**
 * Gas between solution and bubble, per species. The fluid holds, at pressure p, the share
 * (p − p_v)/ΣT of its resting gas (Henry's law with ΣT the total gas tension ≈ 90 kPa), so a cavity
 * at low pressure draws the excess out, each gas with its own time constant, through the bubble's
 * surface (the flux scales with its area, the time constants are for a bubble of radius
 * {@link FacetConstants#RELEASE_REFERENCE_RADIUS}: a fresh nucleus rings before gas inflates it). Once the bubble's gas
 * is at a higher pressure than the fluid's tension (the stretch is over), it goes back into
 * solution with one slow time constant: the refractory period. The joint is closed, so
 * bubble + dissolved is constant for every gas.
 */
public final class GasExchange {
    private static final GasSpecies[] SPECIES = GasSpecies.values();
    private static final double TOTAL_TENSION = GasSpecies.totalTension();
    /**
     * Bound on how much faster the release runs than its own time constant because released gas
     * raises the bubble's pressure (estimated from the default joint, with margin).
     */
    private static final double RELEASE_FEEDBACK = 5;

    private GasExchange() {
    }

    /**
     * How much faster than in still fluid gas comes out, a time {@code sincePop} after a cavity
     * nucleated: the cavity's violent growth and the surfaces' sudden parting stir the film and
     * expose fresh supersaturated fluid (tribonucleation). In still fluid a leftover bubble takes
     * gas only slowly, so it does not soak up every later stretch.
     */
    public static double stirring(double sincePop) {
        double fresh = sincePop >= 0 ? Math.exp(-sincePop / STIRRING_TIME) : 0;
        return STILL_RELEASE + (1 - STILL_RELEASE) * fresh;
    }

    /**
     * d(bubble gas)/dt for each species, mol/s, into {@code out}.
     *
     * @param absolutePressure fluid pressure, Pa absolute
     * @param radius           bubble radius, m (0: no cavity for gas to come out into)
     * @param sincePop         simulated time since the last nucleation, s (see {@link #stirring})
     */
    public static void rates(double absolutePressure, double radius, double sincePop, double[] dissolved,
                             double[] bubble, double[] resting, double redissolveTime, double[] out) {
        double share = (absolutePressure - P_VAPOUR) / TOTAL_TENSION;
        double hold = Math.min(1, Math.max(0, share));
        double back = Math.min(1, Math.max(0, (share - 1) / REDISSOLVE_RAMP));
        double area = stirring(sincePop) * radius * radius / (RELEASE_REFERENCE_RADIUS * RELEASE_REFERENCE_RADIUS);
        for (int i = 0; i < SPECIES.length; i++) {
            double release = area * Math.max(0, dissolved[i] - resting[i] * hold) / SPECIES[i].releaseTime();
            out[i] = release - bubble[i] * back / redissolveTime;
        }
    }

    /**
     * Longest safe step of the slow (quasi-static) exchange, s: a small fraction of the fastest gas
     * exchange time now (release through the bubble's surface speeds up with its area and with the
     * stirring of a fresh pop, and the bubble's pressure feeds back on it), but never below
     * {@link FacetConstants#SLOW_STEP_ACTIVE}.
     *
     * @param hasCavity a bubble, or gas that would form one
     * @param pressure  fluid pressure, Pa gauge
     * @param volume    bubble volume, m³
     */
    static double stepLimit(double redissolveTime, boolean hasCavity, double pressure, double volume,
                            double sincePop) {
        double limit = Math.min(SLOW_STEP_REST, redissolveTime / 100);
        if (hasCavity) {
            double share = (pressure + P_ATM - P_VAPOUR) / TOTAL_TENSION;
            if (share < 1 + REDISSOLVE_RAMP) {
                double r = RayleighPlesset.radiusOfVolume(volume);
                double area = Math.max(r, FacetConstants.NUCLEUS_RADIUS) / RELEASE_REFERENCE_RADIUS;
                double fastest = 0;
                for (GasSpecies g : SPECIES) {
                    fastest = Math.max(fastest, 1 / g.releaseTime());
                }
                double rate = stirring(sincePop) * area * area * fastest * RELEASE_FEEDBACK;
                limit = Math.min(limit, Math.max(SLOW_STEP_ACTIVE, 0.02 / rate));
            }
        }
        return limit;
    }
}
