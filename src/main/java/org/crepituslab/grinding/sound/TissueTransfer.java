package org.crepituslab.grinding.sound;

/**
 * The stated tissue transfer function: how the force the joint's contact passes to the tissue
 * becomes vibration at the skin, where crepitus is heard or measured (Bączkowicz & Majorczyk 2014
 * used an accelerometer on the skin). Two parts, both fixed for every joint and every event:
 * <ul>
 *   <li>the soft tissue over the joint as a mass on a spring, driven by the contact force and felt
 *   as its acceleration: H₁(s) = s² / (s² + (ω₀/Q)·s + ω₀²), ω₀ = 2π·{@value #TISSUE_RESONANCE_HZ} Hz,
 *   Q = {@value #TISSUE_Q}. Below the resonance the slow push and pull of the movement does not reach
 *   the skin (acceleration grows as f²);</li>
 *   <li>viscoelastic losses in the tissue, which damp high frequencies: two real poles at
 *   {@value #VISCOUS_CORNER_HZ} Hz, H₂(s) = 1 / (1 + s/ω_c)².</li>
 * </ul>
 * Both corner frequencies are modelling choices (of the order of soft-tissue resonances of a limb
 * segment and of the bandwidth over which skin-mounted sensors pick up joint sounds); they are not
 * fitted per contact patch, and every event, slip or catch, passes through the same filter. The
 * discrete filters are the bilinear-transform biquads of the usual audio cookbook (R. Bristow-Johnson).
 */
public final class TissueTransfer {
    public static final double TISSUE_RESONANCE_HZ = 100;
    public static final double TISSUE_Q = 1.0;
    public static final double VISCOUS_CORNER_HZ = 400;

    private TissueTransfer() {
    }

    /** The skin vibration (in newtons of equivalent force, unit gain in the pass band) for a force signal sampled at rate hz. */
    public static double[] filter(double[] force, double rate) {
        double[] y = biquad(force, highPass(TISSUE_RESONANCE_HZ, TISSUE_Q, rate));
        return biquad(y, lowPass(VISCOUS_CORNER_HZ, rate));
    }

    /** |H(f)|, for the documentation and the tests. */
    public static double gain(double hz) {
        double r = hz / TISSUE_RESONANCE_HZ;
        double h1 = r * r / Math.sqrt((1 - r * r) * (1 - r * r) + (r / TISSUE_Q) * (r / TISSUE_Q));
        double c = hz / VISCOUS_CORNER_HZ;
        return h1 / (1 + c * c);
    }

    /** b0, b1, b2, a1, a2 (a0 = 1) of a resonant high-pass. */
    private static double[] highPass(double f0, double q, double rate) {
        double w = 2 * Math.PI * f0 / rate;
        double cos = Math.cos(w);
        double alpha = Math.sin(w) / (2 * q);
        double a0 = 1 + alpha;
        return new double[] {(1 + cos) / 2 / a0, -(1 + cos) / a0, (1 + cos) / 2 / a0, -2 * cos / a0, (1 - alpha) / a0};
    }

    /** b0, b1, b2, a1, a2 of a low-pass with Q = 0.5: s² + 2ω·s + ω² = (s + ω)², the two real poles. */
    private static double[] lowPass(double f0, double rate) {
        double w = 2 * Math.PI * f0 / rate;
        double cos = Math.cos(w);
        double alpha = Math.sin(w);
        double a0 = 1 + alpha;
        return new double[] {(1 - cos) / 2 / a0, (1 - cos) / a0, (1 - cos) / 2 / a0, -2 * cos / a0, (1 - alpha) / a0};
    }

    private static double[] biquad(double[] x, double[] c) {
        double[] y = new double[x.length];
        double x1 = 0;
        double x2 = 0;
        double y1 = 0;
        double y2 = 0;
        for (int i = 0; i < x.length; i++) {
            double v = c[0] * x[i] + c[1] * x1 + c[2] * x2 - c[3] * y1 - c[4] * y2;
            x2 = x1;
            x1 = x[i];
            y2 = y1;
            y1 = v;
            y[i] = v;
        }
        return y;
    }
}
