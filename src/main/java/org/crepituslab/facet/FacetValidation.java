package org.crepituslab.facet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.crepituslab.facet.model.BubbleParameters;
import org.crepituslab.facet.model.FreeBubble;
import org.crepituslab.facet.model.RayleighPlesset;
import org.crepituslab.facet.model.ReboundQuadrature;
import org.crepituslab.framework.validation.Comparison;

/** The facet screen's comparisons with analytic bubble results (the integrator's checks). */
final class FacetValidation {
    private static final String MODEL = "facet: free bubble";

    private FacetValidation() {
    }

    static List<Comparison> run() {
        List<Comparison> rows = new ArrayList<>();
        rows.add(rayleighCollapse());
        rows.add(minnaert());
        rows.add(rebound());
        rows.addAll(PopValidation.run());
        return rows;
    }

    /** An empty 1 mm cavity under one atmosphere collapses in 0.91468·R0·√(ρ/Δp) (Rayleigh 1917). */
    private static Comparison rayleighCollapse() {
        double r0 = 1e-3;
        double dp = 101_325;
        double rho = 1000;
        double expected = RayleighPlesset.rayleighCollapseTime(r0, rho, dp);
        BubbleParameters p = new BubbleParameters(r0, r0, dp, 0, 0, rho, 0, 0, 1.4);
        double measured;
        try {
            FreeBubble.Result r = FreeBubble.run(p, 0.01, expected * 3, expected / 50, (t, rad, v, pa) -> { });
            measured = r.collapsed() ? r.collapseTime() : Double.NaN;
        } catch (IOException e) {
            measured = Double.NaN;
        }
        return Comparison.near(MODEL, "Rayleigh collapse time, R0 = 1 mm, \u0394p = 1 atm", measured * 1e6,
                expected * 1e6, 0.01, "\u00b5s", "Rayleigh 1917 (analytic)", "predicted by the integrator");
    }

    /**
     * A gas bubble released at ten times its equilibrium radius is stopped by its gas and rebounds;
     * the time to its next largest size against the inviscid energy quadrature.
     */
    private static Comparison rebound() {
        double r0 = 1e-3;
        double p0 = 101_325;
        BubbleParameters p = new BubbleParameters(r0, 10 * r0, p0, p0, 0, 1000, 0, 0, 1.3);
        double expected = ReboundQuadrature.period(p);
        double measured;
        try {
            FreeBubble.Result r = FreeBubble.run(p, 0.01, expected * 1.5, expected / 100, (t, rad, v, pa) -> { });
            measured = r.rebounded() && !r.collapsed() ? r.period() : Double.NaN;
        } catch (IOException e) {
            measured = Double.NaN;
        }
        return Comparison.near(MODEL, "rebound period of a gas bubble, r-start = 10·r0, κ = 1.3", measured * 1e3,
                expected * 1e3, 0.01, "ms", "Rayleigh–Plesset energy quadrature", "predicted by the integrator");
    }

    /** Small oscillations of a 1 mm bubble ring at the Minnaert frequency (Minnaert 1933). */
    private static Comparison minnaert() {
        double r0 = 1e-3;
        double p0 = 101_325;
        double rho = 1000;
        double kappa = 1.4;
        double f0 = RayleighPlesset.minnaertFrequency(r0, kappa, p0, rho);
        BubbleParameters p = new BubbleParameters(r0, r0 * 1.001, p0, p0, 0, rho, 0, 0, kappa);
        double[] last = {Double.NaN, Double.NaN};
        List<Double> ups = new ArrayList<>();
        try {
            FreeBubble.run(p, 0.01, 10.5 / f0, 1 / (f0 * 200), (t, rad, v, pa) -> {
                if (!Double.isNaN(last[1]) && last[1] < r0 && rad >= r0) {
                    ups.add(last[0] + (t - last[0]) * (r0 - last[1]) / (rad - last[1]));
                }
                last[0] = t;
                last[1] = rad;
            });
        } catch (IOException e) {
            ups.clear();
        }
        double measured = ups.size() < 2 ? Double.NaN : (ups.size() - 1) / (ups.get(ups.size() - 1) - ups.get(0));
        return Comparison.near(MODEL, "Minnaert frequency, R0 = 1 mm, \u03ba = 1.4", measured, f0, 0.01, "Hz",
                "Minnaert 1933 (analytic)", "predicted by the integrator");
    }
}
