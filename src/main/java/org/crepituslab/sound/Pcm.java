package org.crepituslab.sound;

import java.util.Arrays;

/**
 * Mono PCM audio as floats in [-1, 1] at a sample rate. Screens synthesise these from their
 * model's events; the app's audio output plays them and {@link WavWriter} saves them.
 */
public record Pcm(float[] samples, int sampleRate) {
    /** CD rate, used for every synthesised sound. */
    public static final int RATE = 44_100;

    public Pcm {
        if (sampleRate <= 0) {
            throw new IllegalArgumentException("sample rate must be positive: " + sampleRate);
        }
        samples = samples.clone();
    }

    public double durationSeconds() {
        return samples.length / (double) sampleRate;
    }

    /** Peak absolute sample value. */
    public double peak() {
        double p = 0;
        for (float s : samples) {
            p = Math.max(p, Math.abs(s));
        }
        return p;
    }

    /** Scales so the peak is {@code target} (no change for silence). */
    public Pcm normalized(double target) {
        double p = peak();
        if (p == 0) {
            return this;
        }
        float[] out = Arrays.copyOf(samples, samples.length);
        float k = (float) (target / p);
        for (int i = 0; i < out.length; i++) {
            out[i] *= k;
        }
        return new Pcm(out, sampleRate);
    }

    /** Converts a double signal of any scale to PCM normalised to the given peak. */
    public static Pcm fromSignal(double[] signal, int sampleRate, double peak) {
        float[] f = new float[signal.length];
        for (int i = 0; i < signal.length; i++) {
            f[i] = Double.isFinite(signal[i]) ? (float) signal[i] : 0f;
        }
        return new Pcm(f, sampleRate).normalized(peak);
    }

    /** 16-bit little-endian signed bytes, clipped. */
    public byte[] toPcm16() {
        byte[] out = new byte[samples.length * 2];
        for (int i = 0; i < samples.length; i++) {
            int v = (int) Math.round(Math.max(-1, Math.min(1, samples[i])) * 32767);
            out[2 * i] = (byte) v;
            out[2 * i + 1] = (byte) (v >> 8);
        }
        return out;
    }
}
