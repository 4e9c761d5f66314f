package org.crepituslab.facet.sound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.crepituslab.facet.model.ExamplePop;
import org.crepituslab.facet.model.PopTrace;
import org.crepituslab.facet.model.SoundExplanation;
import org.crepituslab.facet.model.SoundPath;
import org.crepituslab.sound.Acoustics;
import org.crepituslab.sound.Pcm;
import org.junit.jupiter.api.Test;

class PopSoundTest {

    @Test
    void theExamplePopIsAFewMillisecondsAtTheMeasuredPitchWithItsOwnLevel() {
        Pcm pcm = PopSound.examplePop();
        assertEquals(44_100, pcm.sampleRate());
        assertTrue(pcm.peak() > 0.001 && pcm.peak() < 1, "absolute level, not normalised: " + pcm.peak());
        Acoustics a = Acoustics.of(pcm);
        double ms = a.durationS() * 1e3;
        assertTrue(ms > 4 && ms < 8, "one pop lasts a few ms (Dunning 2013: 5.66 ms): " + ms);
        assertTrue(a.peakHz() > 86 && a.peakHz() < 1830, "within Reggars' 86–1830 Hz: " + a.peakHz());
        for (float s : pcm.samples()) {
            assertTrue(Float.isFinite(s));
        }
        assertTrue(pcm.durationSeconds() < 0.1);
    }

    @Test
    void theOnsetRisesOverSeveralSamples() {
        HeardPop pop = HeardPop.of(ExamplePop.simulate().trace(), SoundExplanation.PARTIAL_COLLAPSE,
                SoundPath.LISTENING_DISTANCE);
        double[] p = pop.pascals();
        int lead = (int) Math.round(PopSound.LEAD_IN * Pcm.RATE);
        assertTrue(Math.abs(p[lead]) < 0.3 * pop.peakPa(), "no first-sample spike: " + p[lead] + " of " + pop.peakPa());
    }

    @Test
    void noSpeedOfTheIssueStartsWithASpike() {
        int lead = (int) Math.round(PopSound.LEAD_IN * Pcm.RATE);
        for (double speed : new double[] {0.2e-3, 2.4e-3, 10e-3}) {
            HeardPop pop = HeardPop.of(ExamplePop.simulate(speed).trace(), SoundExplanation.PARTIAL_COLLAPSE,
                    SoundPath.LISTENING_DISTANCE);
            double[] p = pop.pascals();
            int peak = 0;
            for (int i = 1; i < p.length; i++) {
                if (Math.abs(p[i]) > Math.abs(p[peak])) {
                    peak = i;
                }
            }
            assertTrue(peak - lead >= 3, speed * 1e3 + " mm/s: the peak comes " + (peak - lead) + " samples after the onset");
            assertTrue(Math.abs(p[lead]) < 0.3 * pop.peakPa(), speed * 1e3 + " mm/s: first sample " + p[lead]);
            for (int i = lead; i < peak; i++) {
                assertTrue(Math.abs(p[i + 1]) >= Math.abs(p[i]) - 0.05 * pop.peakPa(),
                        speed * 1e3 + " mm/s: the onset rises without a jump back at sample " + (i - lead));
            }
        }
    }

    @Test
    void theThreeExplanationsDifferAudiblyInLevelLengthOrShape() {
        PopTrace trace = ExamplePop.simulate().trace();
        double d = SoundPath.LISTENING_DISTANCE;
        HeardPop[] pops = {HeardPop.of(trace, SoundExplanation.FORMATION, d),
            HeardPop.of(trace, SoundExplanation.COLLAPSE, d), HeardPop.of(trace, SoundExplanation.PARTIAL_COLLAPSE, d)};
        for (int i = 0; i < pops.length; i++) {
            for (int j = i + 1; j < pops.length; j++) {
                HeardPop a = pops[i];
                HeardPop b = pops[j];
                double corr = bestCorrelation(a.pascals(), b.pascals());
                assertTrue(Math.abs(corr) < 0.95, i + " vs " + j + ": waveforms must not be copies, correlation " + corr);
                double dDb = Math.abs(a.peakDbSpl() - b.peakDbSpl());
                double lengthRatio = Math.max(a.durationMs(), b.durationMs()) / Math.min(a.durationMs(), b.durationMs());
                double dHz = Math.abs(a.peakHz() - b.peakHz());
                assertTrue(dDb >= 1 || lengthRatio >= 1.25, i + " vs " + j + ": level " + dDb + " dB, length x"
                        + lengthRatio);
                assertTrue(dHz >= 50, i + " vs " + j + ": peak frequencies " + a.peakHz() + " and " + b.peakHz());
            }
        }
    }

    /** Largest normalised cross-correlation over lags of up to 5 ms. */
    private static double bestCorrelation(double[] a, double[] b) {
        double ea = 0;
        double eb = 0;
        for (double v : a) {
            ea += v * v;
        }
        for (double v : b) {
            eb += v * v;
        }
        double best = 0;
        int maxLag = (int) (0.005 * Pcm.RATE);
        for (int lag = -maxLag; lag <= maxLag; lag++) {
            double sum = 0;
            for (int i = Math.max(0, -lag); i < a.length && i + lag < b.length; i++) {
                sum += a[i] * b[i + lag];
            }
            if (Math.abs(sum) > Math.abs(best)) {
                best = sum;
            }
        }
        return best / Math.sqrt(ea * eb);
    }

    @Test
    void theExplanationsSoundDifferent() {
        PopTrace trace = ExamplePop.simulate().trace();
        Pcm formation = PopSound.synthesize(trace, SoundExplanation.FORMATION);
        Pcm collapse = PopSound.synthesize(trace, SoundExplanation.COLLAPSE);
        Pcm partial = PopSound.synthesize(trace, SoundExplanation.PARTIAL_COLLAPSE);
        assertFalse(Arrays.equals(formation.samples(), collapse.samples()));
        assertFalse(Arrays.equals(formation.samples(), partial.samples()));
        assertTrue(partial.durationSeconds() > formation.durationSeconds(),
                "partial collapse includes the rebounds: longer source");
        assertTrue(Math.abs(formation.peak() - collapse.peak()) > 0.1 * partial.peak(),
                "level kept: the moments differ in loudness");
        for (Pcm p : new Pcm[] {formation, collapse, partial}) {
            double ms = PopSound.audibleDuration(p, 0.1) * 1e3;
            assertTrue(ms > 0.5 && ms < 12, "each version is a click of a few ms at most: " + ms);
        }
    }

    @Test
    void aFasterStretchMakesALouderPop() {
        double slow = PopSound.examplePop(0.5e-3).peak();
        double normal = PopSound.examplePop().peak();
        double fast = PopSound.examplePop(8e-3).peak();
        assertTrue(slow < normal && normal < fast, slow + " < " + normal + " < " + fast);
        assertTrue(20 * Math.log10(fast / slow) > 3, "audibly different");
    }

    @Test
    void theSoundStartsAfterTheLeadInAndEndsQuietly() {
        Pcm pcm = PopSound.examplePop();
        float[] s = pcm.samples();
        int lead = (int) Math.round(PopSound.LEAD_IN * pcm.sampleRate());
        for (int i = 0; i < lead; i++) {
            assertEquals(0, s[i], 1e-6, "silence before the pop");
        }
        assertTrue(Math.abs(s[s.length - 1]) < 0.01 * pcm.peak(), "the ringing has died at the end");
    }
}
