package org.crepituslab.grinding.sound;

import java.util.List;
import org.crepituslab.grinding.model.GrindEvent;
import org.crepituslab.grinding.model.GrindingModel;
import org.crepituslab.sound.Pcm;

/**
 * Turns the model's slip and catch events into sound: each event is a damped impulse, a sine at
 * the natural frequency of the element that slipped, with an amplitude ∝ √(energy) and a decay
 * set by a low quality factor (soft tissue damps hard). Hundreds of small slips a second at a few
 * hundred hertz add up to a coarse, continuous, broadband grinding below ~1 kHz; a healthy joint
 * has no events and is silent; a spur catch is a heavier, lower thud.
 */
public final class GrindSound {
    /** Quality factor of a slip's ringing: 2 (heavily damped cartilage and bone), modelling choice. */
    public static final double SLIP_Q = 2;
    /** Quality factor of a catch's ringing: the rim tissue rings a little longer, modelling choice. */
    public static final double CATCH_Q = 3;
    /**
     * Event energy that gives an impulse of amplitude 1 before the soft limiter: 0.6 mJ, so the
     * grinding of a worn joint plays at a moderate level (about −20 dB re full scale), early wear
     * as a faint crackle, and a spur catch saturates softly near full scale.
     */
    public static final double REFERENCE_ENERGY_J = 6e-4;
    /** Impulses are cut after this many decay times (e^−6 ≈ 0.25 %). */
    private static final double TAIL_DECAYS = 6;

    private GrindSound() {
    }

    /**
     * The sound of the events between {@code from} and {@code to} (seconds of model time); events
     * that started up to a few decay times before {@code from} still ring into it.
     */
    public static Pcm render(List<GrindEvent> events, double from, double to) {
        int rate = Pcm.RATE;
        int n = Math.max(0, (int) Math.round((to - from) * rate));
        double[] signal = new double[n];
        for (GrindEvent e : events) {
            addImpulse(signal, rate, from, e);
        }
        float[] out = new float[n];
        for (int i = 0; i < n; i++) {
            // soft limiter: a loud catch saturates gently instead of clipping
            out[i] = (float) Math.tanh(signal[i]);
        }
        return new Pcm(out, rate);
    }

    private static void addImpulse(double[] signal, int rate, double from, GrindEvent e) {
        double f = e.frequencyHz();
        if (!(f > 0) || !(e.energyJ() > 0)) {
            return;
        }
        double q = e.kind() == GrindEvent.Kind.CATCH ? CATCH_Q : SLIP_Q;
        double tau = q / (Math.PI * f);
        double amplitude = Math.sqrt(e.energyJ() / REFERENCE_ENERGY_J);
        double start = (e.timeS() - from) * rate;
        int i0 = Math.max(0, (int) Math.ceil(start));
        int i1 = Math.min(signal.length, (int) Math.ceil(start + TAIL_DECAYS * tau * rate));
        if (i0 >= i1) {
            return;
        }
        // a rotating, shrinking phasor instead of sin·exp per sample: the same curve, much cheaper
        double w = 2 * Math.PI * f;
        double t0 = (i0 - start) / rate;
        double mag = amplitude * Math.exp(-t0 / tau);
        double re = mag * Math.cos(w * t0);
        double im = mag * Math.sin(w * t0);
        double decay = Math.exp(-1.0 / (tau * rate));
        double cr = decay * Math.cos(w / rate);
        double ci = decay * Math.sin(w / rate);
        for (int i = i0; i < i1; i++) {
            signal[i] += im;
            double nr = re * cr - im * ci;
            im = re * ci + im * cr;
            re = nr;
        }
    }

    /** Longest time an impulse keeps ringing: events this long before a window still reach it. */
    public static double longestRingSeconds(double lowestHz) {
        return TAIL_DECAYS * CATCH_Q / (Math.PI * lowestHz);
    }

    /** The last {@code seconds} of sound of a running model (shorter at the very start). */
    public static Pcm lastSeconds(GrindingModel model, double seconds) {
        double to = model.time();
        double from = Math.max(0, to - seconds);
        double lead = longestRingSeconds(50);
        return render(model.eventLog().between(from - lead, to), from, to);
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
