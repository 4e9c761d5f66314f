package org.crepituslab.facet.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Thermal and radiation damping of a ringing bubble, and the sound's path to the ear. */
class BubbleDampingTest {

    @Test
    void aMillimetreBubbleRingsWithAQualityOfOrderTen() {
        // Devin 1959 / Prosperetti 1977: for a mm bubble at its Minnaert frequency thermal and
        // radiation losses are each of order 0.01–0.05, far above water's viscosity (0.0002); the
        // large-bubble limit of Prosperetti's Φ gives δ_th ≈ 9γ(γ−1)·√(χ/2)·p/(ρω²R²)
        double r = 1e-3;
        double p = 101_325;
        double omega = 2 * Math.PI * RayleighPlesset.minnaertFrequency(r, FacetConstants.GAS_HEAT_RATIO, p, 1000);
        double thermal = BubbleDamping.thermal(r, p, omega);
        double radiation = BubbleDamping.radiation(r, omega);
        double water = 0.001;
        // damping constant δ = 4μ/(ρωR²) for each effective viscosity
        double dTh = 4 * thermal / (1000 * omega * r * r);
        double dRad = 4 * radiation / (1000 * omega * r * r);
        assertEquals(omega * r / FacetConstants.TISSUE_SOUND_SPEED, dRad, 1e-12, "radiation: δ = ωR/c");
        double chi = FacetConstants.GAS_THERMAL_DIFFUSIVITY / (omega * r * r);
        double g = FacetConstants.GAS_HEAT_RATIO;
        assertEquals(9 * g * (g - 1) * Math.sqrt(chi / 2) * p / (1000 * omega * omega * r * r), dTh, 0.1 * dTh,
                "the large-bubble limit of Prosperetti's formula");
        double dVis = 4 * water / (1000 * omega * r * r);
        assertTrue(dTh > 20 * dVis && dRad > 20 * dVis, "thermal and radiation dominate viscosity");
        double q = 1 / (dTh + dRad + dVis);
        assertTrue(q > 10 && q < 50, "Q of order ten or a few tens: " + q);
    }

    @Test
    void thermalDampingVanishesAtBothEndsOfTheThermalRange() {
        double p = 101_325;
        double omega = 2 * Math.PI * 500;
        // a tiny bubble is isothermal, a huge one adiabatic: neither loses heat per cycle
        double small = BubbleDamping.thermal(1e-7, p, omega);
        double middle = BubbleDamping.thermal(1e-4, p, omega);
        double large = BubbleDamping.thermal(1e-1, p, omega);
        assertTrue(small > 0 && middle > 0 && large > 0);
        // as a damping constant δ = 4μ/(ρωR²), the losses peak in between
        double dSmall = small / (1e-7 * 1e-7);
        double dMiddle = middle / (1e-4 * 1e-4);
        double dLarge = large / (1e-1 * 1e-1);
        assertTrue(dMiddle > dLarge, "a huge bubble is nearly adiabatic");
        assertTrue(dSmall < dMiddle * 1e3 && dSmall > 0, "a tiny bubble is nearly isothermal: " + dSmall + " vs " + dMiddle);
    }

    @Test
    void inAirTheSkinRadiatesTheBubblesVolumeFiftyEightDecibelsBelowTheFluid() {
        assertEquals(-58.4, SoundPath.airOverFluidDb(), 0.1);
        assertEquals(1, SoundPath.fluidToTissue(), 0.05, "fluid and tissue nearly matched");
        assertTrue(SoundPath.tissueAbsorption(1000) > 0.999, "absorption negligible at audio frequencies");
    }
}
