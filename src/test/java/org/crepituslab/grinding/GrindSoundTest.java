package org.crepituslab.grinding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.crepituslab.grinding.model.GrindEvent;
import org.crepituslab.grinding.model.GrindingModel;
import org.crepituslab.grinding.sound.GrindSound;
import org.crepituslab.grinding.sound.InterimPop;
import org.crepituslab.grinding.sound.SoundCharacter;
import org.crepituslab.grinding.sound.Spectrum;
import org.crepituslab.grinding.sound.TissueTransfer;
import org.crepituslab.sound.Pcm;
import org.junit.jupiter.api.Test;

/** The sound built from the events, its spectrum, and the comparison with a clean pop. */
class GrindSoundTest {
    private static Pcm lastSecond(double wear, int spurs) {
        GrindingModel m = new GrindingModel(4);
        m.wearProperty().set(wear);
        m.spursProperty().set(spurs);
        m.step(3.3);
        return GrindSound.lastSeconds(m, 1.0);
    }

    private static double rms(Pcm pcm) {
        double sum = 0;
        for (float v : pcm.samples()) {
            sum += v * v;
        }
        return Math.sqrt(sum / pcm.samples().length);
    }

    @Test
    void wornGrindingHasMostOfItsEnergyBelowOneKilohertz() {
        Pcm grind = lastSecond(1, 0);
        Spectrum s = Spectrum.of(grind.samples(), grind.sampleRate(), true);
        assertTrue(s.fractionBelow(1000) > 0.8, "share below 1 kHz: " + s.fractionBelow(1000));
        assertTrue(s.centroidHz() > 50 && s.centroidHz() < 600, "centroid " + s.centroidHz());
    }

    @Test
    void wornGrindingIsBroadbandComparedWithACleanPop() {
        Pcm grind = lastSecond(1, 0);
        Pcm pop = InterimPop.referencePop();
        Spectrum g = Spectrum.of(grind.samples(), grind.sampleRate(), true);
        Spectrum p = Spectrum.of(pop.samples(), pop.sampleRate(), false);
        double gw = g.bandwidthOctaves(10);
        double pw = p.bandwidthOctaves(10);
        assertTrue(gw >= 3 * pw, "grinding " + gw + " octaves vs pop " + pw);
        assertTrue(p.fractionBelow(1000) < 0.1, "the pop rings high");
    }

    @Test
    void healthyJointIsFaintButNotSilentAndWearMakesItLouder() {
        double healthy = rms(lastSecond(0.1, 0));
        double early = rms(lastSecond(0.5, 0));
        double worn = rms(lastSecond(1, 0));
        assertTrue(healthy > 0, "a healthy joint is faint, not silent");
        assertTrue(early > healthy, "early wear crackles: " + early + " vs " + healthy);
        assertTrue(worn > 10 * healthy, "worn grinding at least 20 dB above a healthy joint: " + worn + " vs " + healthy);
        assertTrue(worn > 5 * early, "advanced wear grinds louder: " + worn + " vs " + early);
    }

    @Test
    void wornGrindingHasAtLeastHalfItsEnergyIn50To450Hz() {
        Pcm grind = lastSecond(0.9, 0);
        Spectrum s = Spectrum.of(grind.samples(), grind.sampleRate(), true);
        assertTrue(s.fractionBelow(450) - s.fractionBelow(50) >= 0.5, "share " + (s.fractionBelow(450) - s.fractionBelow(50)));
    }

    @Test
    void theTissueFilterPassesTheBandAndKeepsTheMovementAndHighFrequenciesOut() {
        assertTrue(TissueTransfer.gain(1) < 1e-3, "the slow movement does not reach the skin");
        assertTrue(TissueTransfer.gain(200) > 0.5);
        assertTrue(TissueTransfer.gain(5000) < 0.01, "soft tissue damps high frequencies");
        double rate = 50_000;
        for (double f : new double[] {50, 200, 1000}) {
            double[] x = new double[(int) rate];
            for (int i = 0; i < x.length; i++) {
                x[i] = Math.sin(2 * Math.PI * f * i / rate);
            }
            double[] y = TissueTransfer.filter(x, rate);
            double peak = 0;
            for (int i = x.length / 2; i < x.length; i++) {
                peak = Math.max(peak, Math.abs(y[i]));
            }
            assertEquals(TissueTransfer.gain(f), peak, 0.05 * TissueTransfer.gain(f), "gain at " + f + " Hz");
        }
        double[] step = new double[1000];
        for (int i = 500; i < step.length; i++) {
            step[i] = 1;
        }
        double[] y = TissueTransfer.filter(step, rate);
        for (int i = 0; i < 500; i++) {
            assertEquals(0, y[i], "nothing before the force changes");
        }
        assertTrue(Math.abs(y[520]) > 0, "a sudden change of force is heard");
    }

    @Test
    void interimPopRingsAtTheMinnaertFrequencyForAbout6Ms() {
        assertEquals(3280, InterimPop.minnaertHz(), 0.01 * 3280);
        Pcm pop = InterimPop.referencePop();
        Spectrum p = Spectrum.of(pop.samples(), pop.sampleRate(), false);
        assertEquals(InterimPop.minnaertHz(), p.peakHz(), InterimPop.minnaertHz() * (Math.pow(2, 1 / 6.0) - 1));
        int last = 0;
        for (int i = 0; i < pop.samples().length; i++) {
            if (pop.samples()[i] != 0) {
                last = i;
            }
        }
        assertEquals(5.66e-3, last / (double) Pcm.RATE, 0.1e-3);
    }

    @Test
    void exampleGrindIsTwoSecondsOfCoarseLowGrinding() {
        Pcm g = GrindSound.exampleGrind();
        assertEquals(2.0, g.durationSeconds(), 1e-3);
        assertEquals(0.8, g.peak(), 1e-3);
        assertTrue(Spectrum.of(g.samples(), g.sampleRate(), true).fractionBelow(1000) > 0.8);
    }

    @Test
    void soundCharacterNamesSilenceCrackleAndGrinding() {
        assertEquals(SoundCharacter.SILENT, SoundCharacter.of(List.of(), 1));
        assertEquals(SoundCharacter.SILENT,
                SoundCharacter.of(List.of(new GrindEvent(0, GrindEvent.Kind.CATCH, 5e-3, 100, 0)), 1));
        GrindingModel early = new GrindingModel(4);
        early.wearProperty().set(0.5);
        early.step(2);
        assertEquals(SoundCharacter.FAINT, SoundCharacter.of(early.eventLog().between(1, 2), 1));
        GrindingModel worn = new GrindingModel(4);
        worn.wearProperty().set(1);
        worn.step(2);
        assertEquals(SoundCharacter.GRIND, SoundCharacter.of(worn.eventLog().between(1, 2), 1));
    }

    @Test
    void spectrumOfASineAndParseval() {
        int n = 4096;
        float[] s = new float[n];
        double f = 64 * Pcm.RATE / (double) n;
        double energy = 0;
        for (int i = 0; i < n; i++) {
            s[i] = (float) Math.sin(2 * Math.PI * f * i / Pcm.RATE);
            energy += s[i] * s[i];
        }
        Spectrum sp = Spectrum.of(s, Pcm.RATE, false);
        int best = 1;
        for (int k = 1; k < sp.bins(); k++) {
            if (sp.power(k) > sp.power(best)) {
                best = k;
            }
        }
        assertEquals(64, best);
        // one-sided periodogram: Σ power = N · Σ x² (Parseval, DC excluded)
        assertEquals(n * energy, sp.totalEnergy(), 1e-6 * n * energy);
        assertEquals(1.0, sp.fractionBelow(f * 1.5), 1e-9);
    }
}
