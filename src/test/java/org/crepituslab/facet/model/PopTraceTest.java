package org.crepituslab.facet.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PopTraceTest {

    /** A made-up smooth oscillation R = R0(1 + a·sin ωt), sampled finely. */
    private static PopTrace sine(int n, double dt) {
        double r0 = 1e-3;
        double a = 0.1;
        double w = 2 * Math.PI * 3000;
        double[] r = new double[n];
        double[] v = new double[n];
        double[] acc = new double[n];
        for (int i = 0; i < n; i++) {
            double t = i * dt;
            r[i] = r0 * (1 + a * Math.sin(w * t));
            v[i] = r0 * a * w * Math.cos(w * t);
            acc[i] = -r0 * a * w * w * Math.sin(w * t);
        }
        return new PopTrace(dt, 1000, r, v, acc, new double[n], n);
    }

    @Test
    void theAveragedSignalMatchesThePointPressureOfASmoothMotion() {
        PopTrace t = sine(20_000, 1e-7);
        double[] s = t.acousticSignal(44_100, 0.05);
        assertTrue(s.length > 40);
        for (int k = 1; k < s.length - 1; k += 7) {
            double mid = (k + 0.5) / 44_100;
            int i = (int) Math.round(mid / t.dt());
            double point = t.acousticPressure(i, 0.05);
            // the interval average of a 3 kHz signal over 1/44100 s differs by < 2 % of its amplitude
            assertEquals(point, s[k], 0.02 * 1000 / 0.05 * 1e-6 * 0.1 * Math.pow(2 * Math.PI * 3000, 2) * 1.2);
        }
    }

    @Test
    void formationCollapseAndPartialCollapseAreOrderedIntervals() {
        PopTrace t = sine(20_000, 1e-7);
        assertEquals(1.0 / 12_000, t.time(t.firstMaxIndex()), 2e-7, "first maximum a quarter period in");
        assertEquals(3.0 / 12_000, t.time(t.firstMinIndex()), 2e-7, "first minimum three quarters in");
        double[] f = t.heardInterval(SoundExplanation.FORMATION);
        double[] c = t.heardInterval(SoundExplanation.COLLAPSE);
        double[] p = t.heardInterval(SoundExplanation.PARTIAL_COLLAPSE);
        assertEquals(0, f[0]);
        assertEquals(f[1], c[0], 1e-12, "the collapse starts where formation ends");
        assertTrue(c[1] > c[0]);
        assertEquals(t.duration(), p[1], 1e-12);
        assertEquals(0.9 / 1.1, t.collapseRatio(), 1e-3);
    }
}
