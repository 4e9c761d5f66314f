package org.crepituslab.facet.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GasExchangeTest {
    private static final double[] RESTING = {
        GasSpecies.N2.restingAmount(), GasSpecies.O2.restingAmount(), GasSpecies.CO2.restingAmount()};

    @Test
    void atLowPressureGasComesOutMostlyAsCarbonDioxide() {
        double[] out = new double[3];
        double[] bubble = {0, 0, 0};
        GasExchange.rates(40_000, 1e-3, 0, RESTING.clone(), bubble, RESTING, 600, out);
        for (double r : out) {
            assertTrue(r > 0);
        }
        assertTrue(out[2] > 4 * (out[0] + out[1]), "CO2 dominates the release");
    }

    @Test
    void withoutACavityNothingComesOut() {
        double[] out = new double[3];
        GasExchange.rates(40_000, 0, 0, RESTING.clone(), new double[3], RESTING, 600, out);
        assertEquals(0, out[0] + out[1] + out[2]);
    }

    @Test
    void aBubbleAtAmbientPressureRedissolvesWithTheTimeConstant() {
        double[] out = new double[3];
        double[] bubble = {1e-8, 2e-9, 5e-7};
        GasExchange.rates(FacetConstants.P_ATM, 1e-3, 100, RESTING.clone(), bubble, RESTING, 600, out);
        for (int i = 0; i < 3; i++) {
            assertEquals(-bubble[i] / 600, out[i], 1e-20);
        }
    }

    @Test
    void stirringFadesAfterThePop() {
        assertEquals(1, GasExchange.stirring(0), 1e-12);
        assertTrue(GasExchange.stirring(0.3) < 0.5);
        assertEquals(FacetConstants.STILL_RELEASE, GasExchange.stirring(60), 1e-9);
        assertEquals(FacetConstants.STILL_RELEASE, GasExchange.stirring(Double.POSITIVE_INFINITY), 1e-12);
    }
}
