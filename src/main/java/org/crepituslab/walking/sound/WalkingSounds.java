package org.crepituslab.walking.sound;

import java.util.SplittableRandom;
import org.crepituslab.facet.model.ExamplePop;
import org.crepituslab.facet.model.SoundExplanation;
import org.crepituslab.facet.sound.PopSound;
import org.crepituslab.sound.Pcm;
import org.crepituslab.tendon.sound.SnapSound;
import org.crepituslab.walking.model.GaitEvent;
import org.crepituslab.walking.model.WalkingModel;

/**
 * The sound of each event of the walk, from the model that made it: a pop is the facet screen's
 * pop (its bubble's sound, as the facet screen plays it: a walking pop is a rested joint reaching
 * the same threshold), a snap is the snapping-tendon screen's thud at the released energy and the
 * landing well's pitch, and the structural click, which no other screen makes, is synthesised here
 * from its energy: a short, bright tick (a ligament or capsule catching is a hard, brief contact,
 * not a bubble or a tendon's thud).
 */
public final class WalkingSounds {
    /** Length of the click, s. */
    static final double CLICK_S = 0.03;
    /** The click rings at this pitch (bright, well above the snap's 40–250 Hz thud), Hz. */
    static final double CLICK_HZ = 2400;
    /** Its ring dies away with this time constant, s: a few milliseconds, a tick. */
    static final double CLICK_DECAY_S = 0.003;
    /** Share of broadband noise in the first millisecond (the impact). */
    static final double CLICK_NOISE = 0.5;
    /** A click releasing this much energy plays at full loudness, J (modelling choice). */
    static final double CLICK_FULL_J = 0.005;
    static final double MAX_PEAK = 0.8;

    private WalkingSounds() {
    }

    /** The sound of one event. */
    public static Pcm of(GaitEvent e) {
        return switch (e.kind()) {
            case POP -> pop();
            case SNAP -> SnapSound.synthesize(e.energy(), e.pitchHz());
            case CLICK -> click(e.energy());
        };
    }

    /** A facet pop: the facet screen's pop of a rested joint under its standard stretch. */
    public static Pcm pop() {
        return PopSound.synthesize(ExamplePop.trace(), SoundExplanation.PARTIAL_COLLAPSE);
    }

    /** The structural click for a released energy (J): louder with the square root of the energy, capped. */
    public static Pcm click(double energyJ) {
        int n = (int) Math.round(CLICK_S * Pcm.RATE);
        double gain = energyJ > 0 ? MAX_PEAK * Math.min(1, Math.sqrt(energyJ / CLICK_FULL_J)) : 0;
        // deterministic noise: the same click every step, as the listener hears it
        SplittableRandom noise = new SplittableRandom(0xC11CL);
        float[] s = new float[n];
        for (int i = 0; i < n; i++) {
            double t = i / (double) Pcm.RATE;
            double ring = Math.sin(2 * Math.PI * CLICK_HZ * t) * Math.exp(-t / CLICK_DECAY_S);
            double impact = CLICK_NOISE * noise.nextDouble(-1, 1) * Math.exp(-t / (CLICK_DECAY_S / 3));
            s[i] = (float) (gain * (ring + impact) / (1 + CLICK_NOISE));
        }
        return new Pcm(s, Pcm.RATE);
    }

    /** The example click for quiz questions: the walking model's structural click. */
    public static Pcm exampleClick() {
        return click(WalkingModel.CLICK_ENERGY_J);
    }
}
