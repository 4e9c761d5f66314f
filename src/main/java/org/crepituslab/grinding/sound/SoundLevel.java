package org.crepituslab.grinding.sound;

import org.crepituslab.sound.Pcm;

/** The level of a stretch of sound, as the spectrum panel prints it beside the grinding curve. */
public final class SoundLevel {
    private SoundLevel() {
    }

    /** RMS level in dB re full scale; −∞ for silence (or no samples). */
    public static double rmsDb(Pcm pcm) {
        double sum = 0;
        for (float s : pcm.samples()) {
            sum += s * s;
        }
        double rms = Math.sqrt(sum / Math.max(1, pcm.samples().length));
        return rms > 0 ? 20 * Math.log10(rms) : Double.NEGATIVE_INFINITY;
    }
}
