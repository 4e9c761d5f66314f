package org.crepituslab.facet.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GasExchangeTest {
    private static final double[] RESTING = {
        GasSpecies.N2.restingAmount(), GasSpecies.O2.restingAmount(), GasSpecies.CO2.restingAmount()};

    @Test
    void intoAnEmptyCavityGasComesOutMostlyAsCarbonDioxide() {
        double[] out = new double[3];
        GasExchange.rates(1e-3, 0.1, RESTING.clone(), new double[3], 1, out);
        for (double r : out) {
            assertTrue(r > 0);
        }
        double co2 = out[2] / (out[0] + out[1] + out[2]);
        assertTrue(co2 > 0.65 && co2 < 0.9, "CO2 dominates the release (Brodeur 1995: about 80 %): " + co2);
    }

    @Test
    void withoutACavityNothingComesOut() {
        double[] out = new double[3];
        GasExchange.rates(0, 1, RESTING.clone(), new double[3], 1, out);
        assertEquals(0, out[0] + out[1] + out[2]);
    }

    @Test
    void steadyDiffusionIsEpsteinPlesset() {
        // an old bubble in still-enough fluid: dn/dt = 4πRD(c∞ − H·p) times the shear factor
        double r = 1e-4;
        double[] bubble = {1e-9, 0, 0};
        double[] out = new double[3];
        GasExchange.rates(r, 1e9, RESTING.clone(), bubble, 1, out);
        GasSpecies n2 = GasSpecies.N2;
        double far = RESTING[0] / FacetConstants.FLUID_VOLUME;
        double wall = n2.solubility() * bubble[0] * FacetConstants.RT / RayleighPlesset.volume(r);
        double expected = 4 * Math.PI * r * n2.diffusivity() * (far - wall) * GasExchange.layer(r, n2, 1e9);
        assertEquals(expected, out[0], Math.abs(expected) * 1e-12);
        assertTrue(out[0] < 0, "a bubble far above the fluid's tension loses its gas");
    }

    @Test
    void aFreshBubbleExchangesFasterThanAnOldOne() {
        GasSpecies g = GasSpecies.CO2;
        assertTrue(GasExchange.layer(1e-3, g, 1e-3) > 10 * GasExchange.layer(1e-3, g, 1e6));
        assertTrue(GasExchange.layer(1e-6, g, 1e9) < 1.3, "a tiny old bubble: nearly plain diffusion");
    }
}
