package org.crepituslab.facet.sound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.crepituslab.facet.model.ExamplePop;
import org.crepituslab.facet.model.PopTrace;
import org.crepituslab.facet.model.SoundExplanation;
import org.crepituslab.sound.Pcm;
import org.junit.jupiter.api.Test;

class PopSoundTest {

    @Test
    void theExamplePopIsAFewMillisecondsOfCdQualitySound() {
        Pcm pcm = PopSound.examplePop();
        assertEquals(44_100, pcm.sampleRate());
        assertEquals(0.8, pcm.peak(), 1e-6);
        double ms = PopSound.audibleDuration(pcm, 0.1) * 1e3;
        assertTrue(ms > 3 && ms < 10, "one pop lasts a few ms (measured 5.7 ms): " + ms);
        for (float s : pcm.samples()) {
            assertTrue(Float.isFinite(s));
        }
        assertTrue(pcm.durationSeconds() < 0.1);
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
        for (Pcm p : new Pcm[] {formation, collapse, partial}) {
            double ms = PopSound.audibleDuration(p, 0.1) * 1e3;
            assertTrue(ms > 2 && ms < 12, "each version is a pop of a few ms: " + ms);
        }
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
