package org.crepituslab.walking.sound;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.crepituslab.sound.Acoustics;
import org.crepituslab.sound.Pcm;
import org.crepituslab.tendon.sound.SnapSound;
import org.crepituslab.walking.model.GaitEvent;
import org.junit.jupiter.api.Test;

/** Each event sounds as the model that made it says: the facet pop, the tendon snap, and the click made here. */
class WalkingSoundsTest {
    private static GaitEvent event(GaitEvent.Kind kind, double energy, double pitch) {
        return new GaitEvent(1, 0, 10, kind, kind == GaitEvent.Kind.SNAP ? "hip-right" : "L4-L5-right", energy, pitch);
    }

    @Test
    void theSnapIsTheTendonScreensSound() {
        Pcm ours = WalkingSounds.of(event(GaitEvent.Kind.SNAP, 0.02, 140));
        assertArrayEquals(SnapSound.synthesize(0.02, 140).samples(), ours.samples());
    }

    @Test
    void thePopIsAShortAudibleSound() {
        Pcm pop = WalkingSounds.of(event(GaitEvent.Kind.POP, 0.003, Double.NaN));
        assertTrue(pop.peak() > 0 && pop.durationSeconds() < 0.2, "pop " + pop.durationSeconds() + " s");
    }

    @Test
    void theClickIsBriefBrightAndLouderWithMoreEnergy() {
        Pcm soft = WalkingSounds.click(0.001);
        Pcm loud = WalkingSounds.click(0.004);
        assertTrue(loud.peak() > soft.peak() && loud.peak() <= 1, soft.peak() + " vs " + loud.peak());
        Acoustics a = Acoustics.of(loud);
        assertTrue(a.durationS() < 0.03, "duration " + a.durationS());
        assertTrue(a.peakHz() > 1000, "peak " + a.peakHz() + " Hz");
        assertTrue(WalkingSounds.exampleClick().peak() > 0);
    }
}
