package org.crepituslab.facet.model;

/**
 * The inviscid Rayleigh–Plesset equation has an energy integral: with Δp(r) = p_v + p_g(r) −
 * p_∞ − 2σ/r and a start at rest at R_s,
 * <pre>
 *   ½ρ·R³Ṙ² = F(R) = ∫_{R_s}^{R} r²·Δp(r) dr
 *   = (p_v − p_∞)(R³ − R_s³)/3 + p_g0·r0^{3κ}(R^{3−3κ} − R_s^{3−3κ})/(3 − 3κ) − σ(R² − R_s²)
 * </pre>
 * so a gas bubble that starts larger than its equilibrium falls to the radius R_min where F = 0
 * again and rebounds, and the time from one largest size to the next is
 * T = 2∫_{R_min}^{R_s} dR/|Ṙ| (Plesset &amp; Prosperetti 1977). This quadrature is the independent
 * check of {@code simulate bubble}'s rebound period.
 */
public final class ReboundQuadrature {
    private static final int NODES = 20_000;

    private ReboundQuadrature() {
    }

    /** F(R), J/m (see above). */
    static double energy(BubbleParameters p, double r) {
        double rs = p.rStart();
        double f = (p.pVapour() - p.pAmbient()) * (r * r * r - rs * rs * rs) / 3
                - p.surfaceTension() * (r * r - rs * rs);
        if (p.pGas() > 0) {
            double k = p.polytropic();
            double c = p.pGas() * Math.pow(p.r0(), 3 * k);
            f += Math.abs(k - 1) < 1e-12
                    ? c * Math.log(r / rs)
                    : c * (Math.pow(r, 3 - 3 * k) - Math.pow(rs, 3 - 3 * k)) / (3 - 3 * k);
        }
        return f;
    }

    /** The smallest radius of the first collapse, m (NaN if the bubble grows from its start instead). */
    public static double minimumRadius(BubbleParameters p) {
        double rs = p.rStart();
        // just below the start F > 0 if the bubble shrinks at first
        if (!(energy(p, rs * (1 - 1e-9)) > 0)) {
            return Double.NaN;
        }
        double lo = rs * 1e-9;
        if (energy(p, lo) > 0) {
            return Double.NaN; // no turning point: the cavity collapses completely
        }
        double hi = rs * (1 - 1e-9);
        for (int i = 0; i < 200; i++) {
            double mid = Math.sqrt(lo * hi);
            if (energy(p, mid) > 0) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return Math.sqrt(lo * hi);
    }

    /**
     * Period of the inviscid oscillation started at rest at rStart, s: twice the time from R_s to
     * R_min. The substitution R = R_min + (R_s − R_min)(1 − cos θ)/2 removes the square-root
     * singularities at both turning points (midpoint rule in θ).
     */
    public static double period(BubbleParameters p) {
        double rMin = minimumRadius(p);
        if (Double.isNaN(rMin)) {
            return Double.NaN;
        }
        double rs = p.rStart();
        double half = 0.5 * (rs - rMin);
        double sum = 0;
        double dTheta = Math.PI / NODES;
        for (int i = 0; i < NODES; i++) {
            double theta = (i + 0.5) * dTheta;
            double r = rMin + half * (1 - Math.cos(theta));
            double f = energy(p, r);
            if (f <= 0) {
                continue;
            }
            double speed = Math.sqrt(2 * f / (p.density() * r * r * r));
            sum += half * Math.sin(theta) / speed * dTheta;
        }
        return 2 * sum;
    }
}
