package org.crepituslab.manipulation.sound;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crepituslab.facet.model.ExamplePop;
import org.crepituslab.facet.model.FacetConstants;
import org.crepituslab.facet.model.Joint;
import org.crepituslab.facet.model.JointMechanics;
import org.crepituslab.facet.model.PopEvent;
import org.crepituslab.facet.model.PopTrace;
import org.crepituslab.facet.model.SoundExplanation;
import org.crepituslab.facet.model.StretchProgramme;
import org.crepituslab.facet.sound.PopSound;
import org.crepituslab.manipulation.model.ManipulationModel;
import org.crepituslab.manipulation.model.SpinePop;
import org.crepituslab.sound.Pcm;

/**
 * The volley of pops of one thrust, each pop with its own sound: the facet model's pop of a joint
 * with that joint's nucleation threshold (a facet {@link Joint} given a stretch a little past its
 * pop pull, its bubble's motion synthesised by {@link PopSound}), placed at the pop's moment,
 * optionally slowed down (the moments spread out; each pop keeps its own sound). Pops are
 * simulated once per 10 kPa of threshold and kept.
 */
public final class VolleySound {
    /** Silence after the last pop, s. */
    private static final double TAIL_S = 0.05;
    /** Thresholds closer than this share one simulated pop, Pa. */
    private static final double BIN_PA = 10_000;
    /** How far past its pop pull the joint is stretched, m. */
    private static final double STRETCH_MARGIN_M = 0.2e-3;
    /** Longest the stretch is followed before giving up on a pop, s. */
    private static final double MAX_STRETCH_S = 3;
    private static final Map<Long, Pcm> POPS = new HashMap<>();

    private VolleySound() {
    }

    /** The facet model's pop at its default threshold. */
    public static Pcm singlePop() {
        return popAt(FacetConstants.NUCLEATION_THRESHOLD);
    }

    /** The pop of a rested facet joint with this nucleation threshold (Pa gauge), heard as the partial collapse. */
    public static synchronized Pcm popAt(double threshold) {
        return POPS.computeIfAbsent(Math.round(threshold / BIN_PA), bin -> PopSound.synthesize(trace(bin * BIN_PA),
                SoundExplanation.PARTIAL_COLLAPSE));
    }

    private static PopTrace trace(double threshold) {
        Joint joint = new Joint();
        joint.setThreshold(threshold);
        joint.stretch().setAmount(StretchProgramme.clampPull(
                JointMechanics.pullForPressure(joint.threshold()) + STRETCH_MARGIN_M));
        PopEvent[] pop = new PopEvent[1];
        joint.popEvents().addListener(e -> pop[0] = e);
        joint.stretch().startStandard();
        while (pop[0] == null && joint.time() < MAX_STRETCH_S) {
            joint.advance(0.01);
        }
        return pop[0] == null ? ExamplePop.trace() : pop[0].trace();
    }

    /** The pops at their moments, spread out by {@code slowdown} (1 = as they happened). */
    public static Pcm of(List<SpinePop> pops, double slowdown) {
        int rate = Pcm.RATE;
        double last = pops.stream().mapToDouble(SpinePop::time).max().orElse(0);
        int longest = 0;
        for (SpinePop p : pops) {
            longest = Math.max(longest, popAt(p.threshold()).samples().length);
        }
        int length = (int) Math.ceil((last * slowdown + TAIL_S) * rate) + longest;
        float[] out = new float[length];
        for (SpinePop p : pops) {
            float[] one = popAt(p.threshold()).samples();
            int start = (int) Math.round(p.time() * slowdown * rate);
            for (int i = 0; i < one.length && start + i < length; i++) {
                out[start + i] += one[i];
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
