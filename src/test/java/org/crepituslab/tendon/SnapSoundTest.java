package org.crepituslab.tendon;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.crepituslab.sound.Pcm;
import org.crepituslab.tendon.sound.SnapSound;
import org.junit.jupiter.api.Test;

/** The thud-click: audible, low, short, deterministic, louder for bigger snaps. */
class SnapSoundTest {

    @Test
    void exampleSnapIsAShortAudibleClip() {
        Pcm pcm = SnapSound.exampleSnap();
        assertEquals(Pcm.RATE, pcm.sampleRate());
        assertEquals(SnapSound.DURATION_S, pcm.durationSeconds(), 1e-3);
        assertTrue(pcm.peak() > 0.3 && pcm.peak() <= SnapSound.MAX_PEAK + 1e-6, "peak " + pcm.peak());
        assertArrayEquals(pcm.samples(), SnapSound.exampleSnap().samples(), "the same every time");
    }

    @Test
    void loudnessFollowsReleasedEnergy() {
        double quiet = SnapSound.synthesize(0.001, 80).peak();
        double medium = SnapSound.synthesize(0.008, 80).peak();
        double loud = SnapSound.synthesize(0.02, 80).peak();
        assertTrue(quiet < medium && medium < loud, quiet + " < " + medium + " < " + loud);
        // pressure goes as the square root of energy
        assertEquals(Math.sqrt(8), medium / quiet, 0.01);
        assertEquals(0, SnapSound.synthesize(0, 80).peak());
        assertEquals(SnapSound.MAX_PEAK, SnapSound.synthesize(1.0, 80).peak(), 1e-6, "capped at full scale");
    }

    @Test
    void itIsALowThudThatDiesAwayQuickly() {
        double f = 80;
        float[] s = SnapSound.synthesize(0.01, f).samples();
        double low = power(s, f);
        double high = power(s, 2000);
        assertTrue(low > 20 * high, "energy at the thud pitch " + low + " vs 2 kHz " + high);
        double early = rms(s, 0, 0.03);
        double late = rms(s, 0.12, 0.16);
        assertTrue(late < 0.05 * early, "short: " + late + " vs " + early);
    }

    /** Goertzel power at one frequency. */
    private static double power(float[] s, double hz) {
        double w = 2 * Math.PI * hz / Pcm.RATE;
        double c = 2 * Math.cos(w);
        double s1 = 0;
        double s2 = 0;
        for (float v : s) {
            double s0 = v + c * s1 - s2;
            s2 = s1;
            s1 = s0;
        }
        return s1 * s1 + s2 * s2 - c * s1 * s2;
    }

    private static double rms(float[] s, double from, double to) {
        int a = (int) (from * Pcm.RATE);
        int b = Math.min(s.length, (int) (to * Pcm.RATE));
        double sum = 0;
        for (int i = a; i < b; i++) {
            sum += s[i] * s[i];
        }
        return Math.sqrt(sum / (b - a));
    }
}
