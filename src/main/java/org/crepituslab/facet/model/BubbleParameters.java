package org.crepituslab.facet.model;

/**
 * One free bubble for {@code simulate bubble}: SI units throughout. {@code pGas} is the gas
 * pressure when R = r0 (polytropic: p_g = pGas·(r0/R)^(3κ)); the bubble starts at rest at rStart
 * under the constant pressure pAmbient.
 */
public record BubbleParameters(double r0, double rStart, double pAmbient, double pGas, double pVapour,
                               double density, double surfaceTension, double viscosity, double polytropic) {

    public BubbleParameters {
        positive("r0", r0);
        positive("rStart", rStart);
        nonNegative("pAmbient", pAmbient);
        nonNegative("pGas", pGas);
        nonNegative("pVapour", pVapour);
        positive("density", density);
        nonNegative("surfaceTension", surfaceTension);
        nonNegative("viscosity", viscosity);
        positive("polytropic", polytropic);
    }

    /** The gas pressure that holds a bubble of radius r0 in equilibrium: p_∞ − p_v + 2σ/r0. */
    public static double equilibriumGasPressure(double r0, double pAmbient, double pVapour, double surfaceTension) {
        return Math.max(0, pAmbient - pVapour + 2 * surfaceTension / r0);
    }

    /** Gas pressure (Pa) at radius R. */
    public double gasPressure(double radius) {
        return pGas == 0 ? 0 : pGas * Math.pow(r0 / radius, 3 * polytropic);
    }

    private static void positive(String name, double v) {
        if (!(v > 0) || !Double.isFinite(v)) {
            throw new IllegalArgumentException(name + " must be positive and finite: " + v);
        }
    }

    private static void nonNegative(String name, double v) {
        if (!(v >= 0) || !Double.isFinite(v)) {
            throw new IllegalArgumentException(name + " must be zero or positive and finite: " + v);
        }
    }
}
