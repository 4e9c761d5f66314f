package org.crepituslab.sound;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AcousticsTest {
    private static void tone(float[] x, int at, double hz, double tau) {
        for (int i = at; i < x.length; i++) {
            double t = (i - at) / (double) Pcm.RATE;
            x[i] += (float) (0.8 * Math.sin(2 * Math.PI * hz * t) * Math.exp(-t / tau));
        }
    }

    @Test
    void aDecayingToneIsOneShortBurstAtItsPitch() {
        float[] x = new float[Pcm.RATE / 5];
        tone(x, 0, 300, 0.002);
        Acoustics a = Acoustics.of(new Pcm(x, Pcm.RATE));
        assertEquals(1, a.bursts());
        // the envelope falls 20 dB in tau·ln(10) = 4.6 ms
        assertEquals(0.0046, a.durationS(), 0.0015);
        assertEquals(300, a.peakHz(), 10);
        assertEquals(0, a.attackS(), 0.001);
    }

    @Test
    void twoClicksApartAreTwoBursts() {
        float[] x = new float[Pcm.RATE / 2];
        tone(x, 0, 800, 0.002);
        tone(x, Pcm.RATE / 10, 800, 0.002);
        Acoustics a = Acoustics.of(new Pcm(x, Pcm.RATE));
        assertEquals(2, a.bursts());
        assertEquals(0.1, a.durationS(), 0.01);
    }

    @Test
    void silenceHasNoBursts() {
        assertEquals(0, Acoustics.of(new Pcm(new float[1000], Pcm.RATE)).bursts());
    }
}
