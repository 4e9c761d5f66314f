package org.crepituslab.facet.sound;

import static org.crepituslab.facet.model.FacetConstants.LISTENER_DISTANCE;
import static org.crepituslab.facet.model.FacetConstants.TISSUE_RING_DECAY;
import static org.crepituslab.facet.model.FacetConstants.TISSUE_RING_FREQUENCY;
import static org.crepituslab.facet.model.FacetConstants.TISSUE_RING_MIX;

import org.crepituslab.facet.model.ExamplePop;
import org.crepituslab.facet.model.PopTrace;
import org.crepituslab.facet.model.SoundExplanation;
import org.crepituslab.sound.Pcm;

/**
 * The pop's sound, synthesised from the model: the bubble's radiated pressure
 * p_a = ρ/r·(R²R̈ + 2RṘ²) over the moment the chosen explanation credits with the sound (cavity
 * formation, the collapse, or growth and partial collapse together), exciting a damped ringing of
 * the surrounding tissue, so that one pop lasts a few milliseconds as measured.
 */
public final class PopSound {
    /** Silence before the pop, s, so players do not clip its start. */
    static final double LEAD_IN = 0.002;
    /** Length of the raised-cosine edges of the chosen moment, s (no click from cutting it out). */
    static final double EDGE = 0.1e-3;
    /** Peak level of the synthesised sound (headroom below full scale). */
    static final double PEAK = 0.8;

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

    /** The pop as heard under the given explanation, 44.1 kHz mono. */
    public static Pcm synthesize(PopTrace trace, SoundExplanation explanation) {
        int rate = Pcm.RATE;
        double[] source = trace.acousticSignal(rate, LISTENER_DISTANCE);
        int[] window = window(trace, explanation, rate, source.length);
        int from = window[0];
        int to = window[1];
        int lead = (int) Math.round(LEAD_IN * rate);
        int tail = (int) Math.ceil(8 * TISSUE_RING_DECAY * rate);
        double[] x = new double[lead + (to - from) + tail];
        int edge = Math.max(1, (int) Math.round(EDGE * rate));
        for (int k = from; k < to; k++) {
            double w = 1;
            if (k - from < edge) {
                w = 0.5 - 0.5 * Math.cos(Math.PI * (k - from) / edge);
            } else if (to - 1 - k < edge) {
                w = 0.5 - 0.5 * Math.cos(Math.PI * (to - 1 - k) / edge);
            }
            x[lead + k - from] = source[k] * w;
        }
        double[] ring = resonate(x, rate);
        double px = peak(x);
        double pr = peak(ring);
        double[] out = new double[x.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (px > 0 ? (1 - TISSUE_RING_MIX) * x[i] / px : 0) + (pr > 0 ? TISSUE_RING_MIX * ring[i] / pr : 0);
        }
        return Pcm.fromSignal(out, rate, PEAK);
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

    /** A damped resonator (the tissue around the joint) driven by the bubble's pressure. */
    private static double[] resonate(double[] x, int rate) {
        double r = Math.exp(-1.0 / (rate * TISSUE_RING_DECAY));
        double a1 = 2 * r * Math.cos(2 * Math.PI * TISSUE_RING_FREQUENCY / rate);
        double a2 = -r * r;
        double[] y = new double[x.length];
        double y1 = 0;
        double y2 = 0;
        for (int i = 0; i < x.length; i++) {
            double v = x[i] + a1 * y1 + a2 * y2;
            y[i] = v;
            y2 = y1;
            y1 = v;
        }
        return y;
    }

    private static double peak(double[] a) {
        double p = 0;
        for (double v : a) {
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
