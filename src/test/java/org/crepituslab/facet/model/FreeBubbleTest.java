package org.crepituslab.facet.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The free-bubble integrator against the two classical analytic results. */
class FreeBubbleTest {

    @ParameterizedTest(name = "R0={0} m, Δp={1} Pa, ρ={2}")
    @CsvSource({
            "1e-3, 101325, 1000",
            "0.5e-3, 50000, 1000",
            "2e-3, 300000, 1060",
            "5e-6, 101325, 998",
            "1e-2, 20000, 1200"})
    void emptyCavityCollapsesInRayleighTime(double r0, double dp, double rho) throws IOException {
        BubbleParameters p = new BubbleParameters(r0, r0, dp, 0, 0, rho, 0, 0, 1.4);
        double expected = RayleighPlesset.rayleighCollapseTime(r0, rho, dp);
        FreeBubble.Result r = FreeBubble.run(p, 0.01, expected * 3, expected / 50, (t, rad, v, pa) -> { });
        assertTrue(r.collapsed(), "the empty cavity collapses");
        assertEquals(expected, r.collapseTime(), expected * 0.01, "within 1 % of 0.91468·R0·√(ρ/Δp)");
        // the integrator is far better than the 1 % the issue asks: a regression guard
        assertEquals(expected, r.collapseTime(), expected * 1e-4);
    }

    @ParameterizedTest(name = "R0={0} m, p0={1} Pa, κ={2}, ρ={3}")
    @CsvSource({
            "1e-3, 101325, 1.4, 1000",
            "1e-3, 101325, 1.0, 1000",
            "0.2e-3, 50000, 1.4, 1000",
            "3e-3, 200000, 1.3, 1060",
            "50e-6, 101325, 1.1, 998"})
    void smallOscillationsRingAtTheMinnaertFrequency(double r0, double p0, double kappa, double rho)
            throws IOException {
        // no surface tension, vapour or viscosity: the conditions of Minnaert's formula
        BubbleParameters p = new BubbleParameters(r0, r0 * 1.001, p0, p0, 0, rho, 0, 0, kappa);
        double f0 = RayleighPlesset.minnaertFrequency(r0, kappa, p0, rho);
        List<double[]> rows = new ArrayList<>();
        FreeBubble.run(p, 0.01, 10.5 / f0, 1 / (f0 * 200), (t, rad, v, pa) -> rows.add(new double[] {t, rad}));
        double measured = frequencyFromUpwardCrossings(rows, r0);
        assertEquals(f0, measured, f0 * 0.02, "within 2 % of Minnaert");
        assertEquals(f0, measured, f0 * 0.005, "and in fact much closer (small amplitude)");
    }

    @Test
    void aBubbleInEquilibriumStaysPut() throws IOException {
        double pg = BubbleParameters.equilibriumGasPressure(1e-3, 101325, 6300, 0.07);
        BubbleParameters p = new BubbleParameters(1e-3, 1e-3, 101325, pg, 6300, 1000, 0.07, 0.001, 1.4);
        double[] extremes = {Double.MAX_VALUE, 0};
        FreeBubble.Result r = FreeBubble.run(p, 0.01, 2e-3, 1e-5, (t, rad, v, pa) -> {
            extremes[0] = Math.min(extremes[0], rad);
            extremes[1] = Math.max(extremes[1], rad);
        });
        assertFalse(r.collapsed());
        assertEquals(201, r.rows(), "one row per dt-out including t = 0");
        assertEquals(1e-3, extremes[0], 1e-12);
        assertEquals(1e-3, extremes[1], 1e-12);
    }

    @Test
    void radiatedPressureIsTheTimeDerivativeOfRSquaredRdot() throws IOException {
        BubbleParameters p = new BubbleParameters(1e-3, 1.3e-3, 101325, 95000, 6300, 1000, 0.07, 0.002, 1.4);
        List<double[]> rows = new ArrayList<>();
        double dt = 2e-7;
        FreeBubble.run(p, 0.05, 4e-4, dt, (t, rad, v, pa) -> rows.add(new double[] {t, rad, v, pa}));
        for (int i = 1; i + 1 < rows.size(); i += 37) {
            double q0 = rows.get(i - 1)[1] * rows.get(i - 1)[1] * rows.get(i - 1)[2];
            double q1 = rows.get(i + 1)[1] * rows.get(i + 1)[1] * rows.get(i + 1)[2];
            double numeric = 1000 / 0.05 * (q1 - q0) / (2 * dt);
            double pa = rows.get(i)[3];
            assertEquals(numeric, pa, Math.abs(pa) * 1e-3 + 1e-3, "row " + i);
        }
    }

    /** Frequency from the mean spacing of upward zero crossings of R − R0, linearly interpolated. */
    static double frequencyFromUpwardCrossings(List<double[]> rows, double r0) {
        List<Double> crossings = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            double a = rows.get(i - 1)[1] - r0;
            double b = rows.get(i)[1] - r0;
            if (a < 0 && b >= 0) {
                double s = a / (a - b);
                crossings.add(rows.get(i - 1)[0] + s * (rows.get(i)[0] - rows.get(i - 1)[0]));
            }
        }
        assertTrue(crossings.size() >= 5, "several periods seen: " + crossings.size());
        double span = crossings.get(crossings.size() - 1) - crossings.get(0);
        return (crossings.size() - 1) / span;
    }

    @ParameterizedTest(name = "r-start = {0}·r0, κ = {1}")
    @CsvSource({"10, 1.3", "3, 1.4", "1.5, 1.0", "5, 1.1"})
    void aGasBubbleReboundsWithThePeriodOfTheEnergyQuadrature(double ratio, double kappa) throws IOException {
        double r0 = 1e-3;
        double pg = BubbleParameters.equilibriumGasPressure(r0, 101325, 0, 0);
        BubbleParameters p = new BubbleParameters(r0, ratio * r0, 101325, pg, 0, 1000, 0, 0, kappa);
        double expected = ReboundQuadrature.period(p);
        assertTrue(expected > 0, "the quadrature finds a turning point");
        FreeBubble.Result r = FreeBubble.run(p, 0.01, expected * 1.5, expected / 100, (t, rad, v, pa) -> { });
        assertFalse(r.collapsed(), "a gas bubble is not reported as a collapse");
        assertTrue(r.rebounded(), "it rebounds");
        assertEquals(ReboundQuadrature.minimumRadius(p), r.minRadius(), r.minRadius() * 0.01, "to the smallest radius F = 0 gives");
        assertEquals(expected, r.period(), expected * 0.01, "with the quadrature's period");
    }
}
