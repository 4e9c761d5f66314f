package org.crepituslab.manipulation.sound;

import java.util.List;
import org.crepituslab.facet.model.ExamplePop;
import org.crepituslab.facet.model.SoundExplanation;
import org.crepituslab.facet.sound.PopSound;
import org.crepituslab.manipulation.model.ManipulationModel;
import org.crepituslab.manipulation.model.SpinePop;
import org.crepituslab.sound.Pcm;

/**
 * The volley of pops of one thrust: the facet model's pop (its bubble's motion, synthesised by
 * {@link PopSound}) placed at each pop's moment, its pressure scaled by the square root of the pop's
 * relative energy, optionally slowed down (the moments spread out; each pop keeps its own sound).
 */
public final class VolleySound {
    /** Silence after the last pop, s. */
    private static final double TAIL_S = 0.05;
    private static Pcm single;

    private VolleySound() {
    }

    /** The facet model's default pop, synthesised once. */
    public static synchronized Pcm singlePop() {
        if (single == null) {
            single = PopSound.synthesize(ExamplePop.trace(), SoundExplanation.PARTIAL_COLLAPSE);
        }
        return single;
    }

    /** The pops at their moments, spread out by {@code slowdown} (1 = as they happened). */
    public static Pcm of(List<SpinePop> pops, double slowdown) {
        Pcm pop = singlePop();
        float[] one = pop.samples();
        int rate = pop.sampleRate();
        double last = pops.stream().mapToDouble(SpinePop::time).max().orElse(0);
        int length = (int) Math.ceil((last * slowdown + TAIL_S) * rate) + one.length;
        float[] out = new float[length];
        for (SpinePop p : pops) {
            int start = (int) Math.round(p.time() * slowdown * rate);
            float gain = (float) Math.sqrt(p.energy());
            for (int i = 0; i < one.length && start + i < length; i++) {
                out[start + i] += gain * one[i];
            }
        }
        for (int i = 0; i < length; i++) {
            out[i] = Math.max(-1f, Math.min(1f, out[i]));
        }
        return new Pcm(out, rate);
    }

    /** The volley of one targeted lumbosacral thrust on the default person, for "identify the sound" questions. */
    public static Pcm exampleVolley() {
        ManipulationModel m = new ManipulationModel();
        m.thrust();
        return of(m.lastThrust().pops(), 1);
    }
}
