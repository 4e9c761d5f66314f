package org.crepituslab.facet.sound;

import org.crepituslab.facet.model.ExamplePop;
import org.crepituslab.facet.model.PopTrace;
import org.crepituslab.facet.model.SoundExplanation;
import org.crepituslab.facet.model.SoundPath;
import org.crepituslab.sound.Pcm;

/**
 * The pop's sound, straight from the model: the bubble's volume acceleration carried to a listener
 * in air with its absolute level kept ({@link SoundPath}: bubble → fluid → tissue → skin → air),
 * over the moment the chosen explanation credits with the sound (cavity formation, the collapse,
 * or growth and partial collapse together). There is no added resonance and no normalisation:
 * pitch, length and loudness are the model's. Samples are pascals divided by {@link #FULL_SCALE_PA},
 * one fixed scale for every pop, so a louder pop plays louder.
 */
public final class PopSound {
    /** Silence before the pop, s, so players do not clip its start. */
    static final double LEAD_IN = 0.002;
    /** Silence after the modelled motion, s. */
    static final double TAIL = 0.002;
    /** Length of the raised-cosine edges of the chosen moment, s (no click from cutting it out). */
    static final double EDGE = 0.1e-3;
    /** Sound pressure that full scale (1.0) stands for, Pa (80 dB SPL): the loudest pops the model makes stay below it. */
    public static final double FULL_SCALE_PA = 0.2;

    private PopSound() {
    }

    /** An example pop with no UI: a rested joint at default settings given the standard stretch. */
    public static Pcm examplePop() {
        return examplePop(SoundExplanation.PARTIAL_COLLAPSE);
    }

    /** The example pop as heard under one explanation. */
    public static Pcm examplePop(SoundExplanation explanation) {
        return synthesize(ExamplePop.simulate().trace(), explanation);
    }

    /** The pop of a standard stretch made at another speed (m/s), heard under the default explanation. */
    public static Pcm examplePop(double stretchRate) {
        return synthesize(ExamplePop.simulate(stretchRate).trace(), SoundExplanation.PARTIAL_COLLAPSE);
    }

    /** The pop as heard under the given explanation at the default listening distance, 44.1 kHz mono. */
    public static Pcm synthesize(PopTrace trace, SoundExplanation explanation) {
        return toPcm(pressure(trace, explanation, SoundPath.LISTENING_DISTANCE));
    }

    /** Pascals to PCM at the fixed scale. */
    public static Pcm toPcm(double[] pascals) {
        float[] f = new float[pascals.length];
        for (int i = 0; i < f.length; i++) {
            f[i] = Double.isFinite(pascals[i]) ? (float) (pascals[i] / FULL_SCALE_PA) : 0f;
        }
        return new Pcm(f, Pcm.RATE);
    }

    /**
     * The sound pressure in air at {@code distance} (m) from the skin, Pa, 44.1 kHz, of the moment
     * the explanation credits, with a short silence before and after.
     */
    public static double[] pressure(PopTrace trace, SoundExplanation explanation, double distance) {
        int rate = Pcm.RATE;
        double[] source = trace.airSignal(rate, distance);
        int[] window = window(trace, explanation, rate, source.length);
        int from = window[0];
        int to = window[1];
        int lead = (int) Math.round(LEAD_IN * rate);
        int tail = (int) Math.round(TAIL * rate);
        double[] x = new double[lead + (to - from) + tail];
        int edge = Math.max(1, (int) Math.round(EDGE * rate));
        for (int k = from; k < to; k++) {
            double w = 1;
            if (from > 0 && k - from < edge) {
                w = 0.5 - 0.5 * Math.cos(Math.PI * (k - from) / edge);
            } else if (to - 1 - k < edge) {
                w = 0.5 - 0.5 * Math.cos(Math.PI * (to - 1 - k) / edge);
            }
            x[lead + k - from] = source[k] * w;
        }
        return x;
    }

    /** Sample range [from, to) of the radiated pressure that the explanation says is heard. */
    static int[] window(PopTrace trace, SoundExplanation explanation, int rate, int length) {
        double[] heard = trace.heardInterval(explanation);
        int from = toSample(heard[0], rate, length);
        int to = toSample(heard[1], rate, length);
        return new int[] {Math.min(from, Math.max(0, length - 1)), Math.max(to, Math.min(from + 1, length))};
    }

    private static int toSample(double t, int rate, int length) {
        return Math.max(0, Math.min(length, (int) Math.round(t * rate)));
    }

    /** Largest |pressure|, Pa. */
    public static double peak(double[] pascals) {
        double p = 0;
        for (double v : pascals) {
            p = Math.max(p, Math.abs(v));
        }
        return p;
    }

    /**
     * How long the sound stays above the given fraction of its peak amplitude, s: from the first
     * to the last sample that reaches it.
     */
    public static double audibleDuration(Pcm pcm, double fraction) {
        float[] s = pcm.samples();
        double threshold = pcm.peak() * fraction;
        int first = -1;
        int last = -1;
        for (int i = 0; i < s.length; i++) {
            if (Math.abs(s[i]) >= threshold) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        return first < 0 ? 0 : (last - first + 1) / (double) pcm.sampleRate();
    }
}
