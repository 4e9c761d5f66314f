package org.crepituslab.grinding.sound;

import org.crepituslab.sound.Pcm;

/**
 * INTERIM reference pop for the spectrum comparison, built from SCIENCE.md alone: a damped
 * oscillation at the Minnaert frequency of an R0 = 1 mm gas bubble (3.28 kHz) lasting 5.66 ms
 * (Dunning et al. 2013). The real pop synthesiser belongs to the facet screen
 * ({@code org.crepituslab.facet.sound.PopSound.examplePop()}); the grinding screen takes its
 * reference through a {@code Supplier<Pcm>} so that one can replace this at merge.
 */
public final class InterimPop {
    /** Bubble radius, m (SCIENCE.md: the Minnaert check uses R0 = 1 mm). */
    public static final double BUBBLE_RADIUS_M = 1e-3;
    /** Polytropic exponent (adiabatic air), ambient pressure (Pa) and liquid density (kg/m³). */
    public static final double KAPPA = 1.4;
    public static final double AMBIENT_PA = 101_325;
    public static final double DENSITY = 1000;
    /** Duration of one pop: 5.66 ms (Dunning et al. 2013). */
    public static final double DURATION_S = 5.66e-3;
    /** The envelope falls by this factor (40 dB) over the pop's duration: modelling choice. */
    public static final double DECAY_FACTOR = 100;

    private InterimPop() {
    }

    /** Minnaert frequency f0 = (1/2πR0)·√(3κp0/ρ): 3.28 kHz for the constants above. */
    public static double minnaertHz() {
        return Math.sqrt(3 * KAPPA * AMBIENT_PA / DENSITY) / (2 * Math.PI * BUBBLE_RADIUS_M);
    }

    /** The interim reference pop: 5.66 ms of damped oscillation followed by a little silence. */
    public static Pcm referencePop() {
        int rate = Pcm.RATE;
        int n = (int) Math.round(DURATION_S * rate);
        double tau = DURATION_S / Math.log(DECAY_FACTOR);
        double f = minnaertHz();
        float[] s = new float[n + rate / 50];
        for (int i = 0; i < n; i++) {
            double t = i / (double) rate;
            s[i] = (float) (0.8 * Math.sin(2 * Math.PI * f * t) * Math.exp(-t / tau));
        }
        return new Pcm(s, rate);
    }
}
