package org.crepituslab.facet.sound;

import org.crepituslab.facet.model.PopTrace;
import org.crepituslab.facet.model.SoundExplanation;
import org.crepituslab.facet.model.SoundPath;
import org.crepituslab.sound.Acoustics;
import org.crepituslab.sound.Pcm;

/**
 * One pop as a listener at a distance hears it under one explanation: the pressure in air (Pa,
 * 44.1 kHz), the same as PCM at the fixed scale, and what it measures like (peak frequency, the
 * time its envelope stays within 20 dB of its peak, peak level in dB SPL).
 */
public record HeardPop(double[] pascals, Pcm pcm, Acoustics acoustics, double peakPa, double distance) {

    /** The pop of the trace under the explanation, heard at {@code distance} m from the skin. */
    public static HeardPop of(PopTrace trace, SoundExplanation explanation, double distance) {
        double[] p = PopSound.pressure(trace, explanation, distance);
        Pcm pcm = PopSound.toPcm(p);
        return new HeardPop(p, pcm, Acoustics.of(pcm), PopSound.peak(p), distance);
    }

    /** Peak sound pressure level, dB SPL re 20 µPa. */
    public double peakDbSpl() {
        return SoundPath.db(peakPa);
    }

    public double peakHz() {
        return acoustics.peakHz();
    }

    public double durationMs() {
        return acoustics.durationS() * 1e3;
    }
}
