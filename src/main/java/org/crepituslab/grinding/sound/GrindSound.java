package org.crepituslab.grinding.sound;

import org.crepituslab.grinding.model.ContactForceTrace;
import org.crepituslab.grinding.model.GrindingModel;
import org.crepituslab.sound.Pcm;

/**
 * The sound of the joint, built from the contact itself: the tangential force the contact passes
 * to the tissue, sub-step by sub-step ({@link ContactForceTrace}), is filtered by the stated
 * {@link TissueTransfer} to the skin and resampled to 44.1 kHz. Nothing is tuned per event or per
 * patch: a stick-slip shows as a sudden drop of force, a spur catch as a larger one, and sliding
 * over a rough surface as a ripple whose pitch is the sliding speed over the spacing of the bumps.
 * So a healthy joint is faint but not silent, a worn one grinds, and the spectrum is whatever
 * those events make of the filter.
 *
 * <p>Absolute scale: a sample of 1.0 (full scale) is {@value #FULL_SCALE_N} N of filtered contact
 * force at the skin. {@link #heard} keeps that scale (for the command line's WAV); the screen's
 * {@link #lastSeconds} adds a soft limiter so a spur's catch does not clip.
 */
public final class GrindSound {
    /** Filtered contact force that maps to full scale, newtons. Modelling choice: worn grinding near −26 dB, a spur's catch near full scale. */
    public static final double FULL_SCALE_N = 40;
    /** Force from before the window is filtered too, so the filter has settled when the window starts. */
    private static final double WARM_UP_S = 0.05;

    private GrindSound() {
    }

    /** The sound between two model times (seconds) at its absolute scale (1.0 = {@value #FULL_SCALE_N} N). */
    public static Pcm heard(ContactForceTrace trace, double from, double to) {
        return capture(trace, from, to).sound();
    }

    /**
     * The contact force between two model times (and the filter's warm-up before them), copied
     * so that the sound can be made later on another thread while the model runs on.
     */
    public static ForceWindow capture(ContactForceTrace trace, double from, double to) {
        double h = ContactForceTrace.intervalS();
        long first = Math.max(trace.oldest(), (long) Math.floor((from - WARM_UP_S) / h));
        long last = Math.min(trace.recorded(), (long) Math.ceil(to / h) + 1);
        double[] force = new double[(int) Math.max(0, last - first + 1)];
        if (last > first) {
            double base = trace.at(first);
            for (int i = 0; i < force.length; i++) {
                // the constant part does not reach the skin; taking it off spares the filter a start-up step
                force[i] = trace.at(first + i) - base;
            }
        }
        return new ForceWindow(force, first, h, from, to, last > first);
    }

    /** A copied stretch of contact force, from sample {@code first} on, {@code h} seconds apart. */
    public record ForceWindow(double[] force, long first, double h, double from, double to, boolean any) {
        /** The sound at the skin over [from, to], at its absolute scale. Any thread. */
        public Pcm sound() {
            int rate = Pcm.RATE;
            int n = Math.max(0, (int) Math.round((to - from) * rate));
            float[] out = new float[n];
            if (!any) {
                return new Pcm(out, rate);
            }
            double[] skin = TissueTransfer.filter(force, 1 / h);
            for (int i = 0; i < n; i++) {
                double pos = (from + i / (double) rate) / h - first;
                int k = (int) Math.floor(pos);
                if (k < 0 || k + 1 >= skin.length) {
                    continue;
                }
                double frac = pos - k;
                out[i] = (float) ((skin[k] * (1 - frac) + skin[k + 1] * frac) / FULL_SCALE_N);
            }
            return new Pcm(out, rate);
        }

        /** {@link #sound()} soft-limited for playing, so a spur's catch does not clip. Any thread. */
        public Pcm limitedSound() {
            Pcm pcm = sound();
            float[] s = pcm.samples();
            for (int i = 0; i < s.length; i++) {
                s[i] = (float) Math.tanh(s[i]);
            }
            return new Pcm(s, pcm.sampleRate());
        }
    }

    /** The last {@code seconds} of sound of a running model (shorter at the very start), soft-limited for playing. */
    public static Pcm lastSeconds(GrindingModel model, double seconds) {
        return captureLast(model, seconds).limitedSound();
    }

    /** The force behind the last {@code seconds} of sound of a running model, to be made into sound later. */
    public static ForceWindow captureLast(GrindingModel model, double seconds) {
        double to = model.time();
        return capture(model.contactForce(), Math.max(0, to - seconds), to);
    }

    /**
     * An example of arthritic grinding with no UI, for "identify the sound" questions: two seconds
     * of an advanced-osteoarthritis joint (wear 0.9, no spurs, fixed seed), normalised to 0.8.
     */
    public static Pcm exampleGrind() {
        return exampleGrind(0.9, 0);
    }

    /** Two seconds of grinding at the given wear (0..1) and number of bone spurs. */
    public static Pcm exampleGrind(double wear, int spurs) {
        GrindingModel model = new GrindingModel(7);
        model.wearProperty().set(wear);
        model.spursProperty().set(spurs);
        model.step(2.5);
        return lastSeconds(model, 2.0).normalized(0.8);
    }
}
