package org.crepituslab.tendon.sound;

import java.util.SplittableRandom;
import org.crepituslab.sound.Pcm;
import org.crepituslab.tendon.model.Landscape;
import org.crepituslab.tendon.model.SnapEvent;

/**
 * The snap's sound, synthesised from the model: a low thud (the tendon ringing in the well it lands
 * in, at that well's natural frequency, damped in a few cycles) with a short click on top (the
 * impact as it hits the far side). Loudness follows the released energy: sound pressure goes as the
 * square root of energy, capped at full scale. No UI: the quiz plays {@link #exampleSnap()}.
 */
public final class SnapSound {
    /** Length of the synthesised sound. */
    public static final double DURATION_S = 0.16;
    /** A snap releasing this much energy plays at full loudness. Chosen near the strongest snaps of the typical hip (≈ 60 mJ). */
    public static final double FULL_LOUDNESS_J = 0.06;
    /** Peak sample value at full loudness, leaving headroom. */
    public static final double MAX_PEAK = 0.9;
    /** The thud decays with this time constant: a few cycles at 50–110 Hz, so it sounds short and dull. */
    static final double THUD_DECAY_S = 0.025;
    /** The click's decay: about a millisecond, a broadband tick. */
    static final double CLICK_DECAY_S = 0.0012;
    /** Most laptop speakers hardly play below ~100 Hz, so the thud also gets its octave. */
    static final double OCTAVE_SHARE = 0.45;
    static final double CLICK_SHARE = 0.35;
    static final double ATTACK_S = 0.0005;
    /** Keeps the pitch in a plausible range whatever the well's stiffness. */
    static final double MIN_THUD_HZ = 40;
    static final double MAX_THUD_HZ = 250;
    /** Tightness of the example sound: clearly above the snap threshold. */
    static final double EXAMPLE_TIGHTNESS = 0.9;

    private SnapSound() {
    }

    /** Peak amplitude (0..MAX_PEAK) for a snap releasing this many joules. */
    public static double loudness(double energyJ) {
        if (!(energyJ > 0)) {
            return 0;
        }
        return MAX_PEAK * Math.min(1, Math.sqrt(energyJ / FULL_LOUDNESS_J));
    }

    /** The sound of one snap from the model. */
    public static Pcm forSnap(SnapEvent e) {
        return synthesize(e.energyJ(), e.thudHz());
    }

    /** A thud-click for a released energy (J) and the landing well's natural frequency (Hz). */
    public static Pcm synthesize(double energyJ, double thudHz) {
        double f = Double.isFinite(thudHz) ? Math.max(MIN_THUD_HZ, Math.min(MAX_THUD_HZ, thudHz)) : MIN_THUD_HZ;
        int n = (int) Math.round(DURATION_S * Pcm.RATE);
        double[] s = new double[n];
        // deterministic noise so the same snap always sounds the same (and tests can compare)
        SplittableRandom noise = new SplittableRandom(0x5EEDL);
        double prevNoise = 0;
        double peak = 0;
        for (int i = 0; i < n; i++) {
            double t = i / (double) Pcm.RATE;
            double attack = Math.min(1, t / ATTACK_S);
            double thud = Math.exp(-t / THUD_DECAY_S)
                    * (Math.sin(2 * Math.PI * f * t) + OCTAVE_SHARE * Math.sin(4 * Math.PI * f * t));
            double white = noise.nextDouble(-1, 1);
            double click = CLICK_SHARE * (white - prevNoise) * Math.exp(-t / CLICK_DECAY_S);
            prevNoise = white;
            s[i] = attack * (thud + click);
            peak = Math.max(peak, Math.abs(s[i]));
        }
        double gain = peak > 0 ? loudness(energyJ) / peak : 0;
        float[] out = new float[n];
        for (int i = 0; i < n; i++) {
            out[i] = (float) (s[i] * gain);
        }
        return new Pcm(out, Pcm.RATE);
    }

    /** An example snap with no UI: a slowly extended hip at tightness 0.9, energy and pitch from the model. */
    public static Pcm exampleSnap() {
        return exampleSnap(EXAMPLE_TIGHTNESS);
    }

    /**
     * The snap of the typical hip slowly returning to extension at the given tightness (0..1; must be
     * above the typical hip's fold threshold, 0.75).
     */
    public static Pcm exampleSnap(double tightness) {
        Landscape l = new Landscape(tightness);
        double x0 = l.foldRestPath(1);
        double landing = l.minimumOnSide(-1, x0);
        return synthesize(l.releasedEnergyAtFold(1), l.naturalFrequencyHz(landing));
    }
}
