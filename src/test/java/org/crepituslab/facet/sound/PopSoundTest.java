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
