package org.crepituslab.facet.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class JointMechanicsTest {

    @Test
    void withoutABubbleThePullLowersThePressureLinearly() {
        double pull = 0.3e-3;
        double p = JointMechanics.gaugePressure(0, pull);
        assertEquals(-FacetConstants.EFFECTIVE_AREA * pull / JointMechanics.COMPLIANCE_SUCTION, p, 1e-9);
        assertEquals(pull, JointMechanics.pullForPressure(p), 1e-12 * pull);
        // the suction holds the surfaces: they open a quarter of the pull
        assertEquals(0.25 * pull, JointMechanics.gap(pull, p), 1e-3 * pull);
    }

    @Test
    void defaultsPopWellUnderAMillimetreWithTheFluidUnderTension() {
        double popPull = JointMechanics.pullForPressure(FacetConstants.NUCLEATION_THRESHOLD);
        assertEquals(0.4e-3, popPull, 0.01e-3);
        assertTrue(FacetConstants.THRESHOLD_MAX < -(FacetConstants.P_ATM - FacetConstants.P_VAPOUR),
                "every threshold is a tension below vapour pressure, so the cavity can hold the surfaces apart at once");
    }

    @Test
    void theEquilibriumBubbleBalancesThePressures() {
        double[] gases = {1e-9, 1e-7, 1e-6, 3e-6};
        double[] pulls = {0, 0.2e-3, 0.6e-3, 1e-3};
        for (double n : gases) {
            for (double pull : pulls) {
                double v = JointMechanics.equilibriumVolume(n, pull, 0);
                assertTrue(v > 0);
                double nrt = n * FacetConstants.RT;
                double r = RayleighPlesset.radiusOfVolume(v);
                double bubble = FacetConstants.P_VAPOUR + nrt / v - 2 * FacetConstants.SURFACE_TENSION / r;
                double fluid = FacetConstants.P_ATM + JointMechanics.gaugePressure(v, pull);
                assertEquals(fluid, bubble, 1e-6 * FacetConstants.P_ATM, "n=" + n + " pull=" + pull);
                // following the branch from a nearby guess gives the same answer
                assertEquals(v, JointMechanics.equilibriumVolume(n, pull, v * 1.1), v * 1e-9);
            }
        }
    }

    @Test
    void withoutANucleusTheFluidHoldsTensionButAnyBubbleOpensAtVapourPressure() {
        assertEquals(0, JointMechanics.equilibriumVolume(0, 1e-3, 0), "no nucleus: the fluid holds the tension");
        double v = JointMechanics.equilibriumVolume(1e-12, 1e-3, 0);
        assertTrue(v > 0, "a speck of gas opens into a cavity");
        double p = JointMechanics.gaugePressure(v, 1e-3);
        assertEquals(-(FacetConstants.P_ATM - FacetConstants.P_VAPOUR), p, 2_000, "held at about vapour pressure");
    }
}
