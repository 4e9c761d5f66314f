package org.crepituslab.facet;

import java.util.List;
import java.util.Locale;
import org.crepituslab.facet.model.BubbleDissolution;
import org.crepituslab.facet.model.FacetConstants;
import org.crepituslab.facet.model.GasSpecies;
import org.crepituslab.facet.model.Joint;
import org.crepituslab.facet.model.PopEvent;
import org.crepituslab.facet.model.RayleighPlesset;
import org.crepituslab.facet.model.SoundExplanation;
import org.crepituslab.facet.model.SoundPath;
import org.crepituslab.facet.sound.HeardPop;
import org.crepituslab.framework.validation.Comparison;

/**
 * The facet joint's pop against what was measured: one standard stretch of a rested joint at
 * default settings, followed until it can pop again.
 */
final class PopValidation {
    private static final String MODEL = "facet: pop";
    /** One frame of Kawchuk et al.'s cine MRI (3.2 frames per second), ms. */
    private static final double CINE_FRAME_MS = 1000 / 3.2;

    private PopValidation() {
    }

    static List<Comparison> run() {
        Joint joint = new Joint();
        PopEvent[] pop = new PopEvent[1];
        joint.popEvents().addListener(e -> pop[0] = e);
        joint.stretch().startStandard();
        while (pop[0] == null && joint.time() < 2) {
            joint.advance(1e-3);
        }
        if (pop[0] == null) {
            throw new IllegalStateException("the default joint did not pop");
        }
        // the surfaces' jump: the gap once the fast phase has settled, and how long it took
        double popTime = pop[0].time();
        double gapBefore = pop[0].gapBefore();
        double settled = joint.gap();
        double jumpMs = pop[0].trace().duration() * 1e3;
        // the cavity at the end of the hold, and what gas it holds
        double holdEnd = FacetConstants.STANDARD_STRETCH / FacetConstants.STRETCH_RATE + FacetConstants.STRETCH_HOLD;
        joint.advance(holdEnd - joint.time());
        double cavityMl = RayleighPlesset.volume(joint.bubbleRadius()) * 1e6;
        double cavityShare = 100 * cavityMl * 1e-6 / FacetConstants.FLUID_VOLUME;
        double co2 = 100 * joint.gas().bubbleShare(GasSpecies.CO2);
        // the stretch let go: the leftover bubble from here on, for joints stirred more or less
        while (joint.stretch().isProgramRunning() || joint.stretch().pull() > 0) {
            joint.advance(1e-3);
        }
        BubbleDissolution released = BubbleDissolution.of(joint.gas(), joint.time() - popTime,
                FacetConstants.FLUID_SHEAR_RATE);
        double restingGas = joint.gas().totalResting();
        // the refractory period: rest until ready
        double[] ready = {Double.NaN};
        joint.refractory().readyAgain().addListener(t -> ready[0] = t);
        while (Double.isNaN(ready[0]) && joint.time() < 4 * 3600) {
            joint.advance(5);
        }
        HeardPop heard = HeardPop.of(pop[0].trace(), SoundExplanation.PARTIAL_COLLAPSE, SoundPath.LISTENING_DISTANCE);
        return List.of(
                Comparison.within(MODEL, "peak frequency of the heard pop", heard.peakHz(), 86, 1830, "Hz",
                        "Reggars 1996, 123 cracks: mean 333 Hz (95 % CI 285\u2013380), median 215",
                        "predicted: the surfaces' mass against the tissue's and joint's stiffness; no fitted resonance"),
                Comparison.within(MODEL, "duration of one pop (envelope within 20 dB of peak)", heard.durationMs(), 4, 8,
                        "ms", "Dunning et al. 2013: 5.66 ms (95 % CI 5.36\u20135.96)",
                        "predicted: the tissue's loss factor (measured range 0.2\u20130.4, 0.3 chosen) sets the decay"),
                Comparison.within(MODEL, "surfaces' jump at the crack (gap before \u2192 after, mm)",
                        (settled - gapBefore) * 1e3, 0.05, 1, "mm", "Kawchuk et al. 2015: separation and cavity in the "
                                + "same cine-MRI frame (" + Math.round(CINE_FRAME_MS) + " ms)",
                        String.format(Locale.ROOT, "predicted: %.2f \u2192 %.2f mm within %.1f ms of nucleation",
                                gapBefore * 1e3, settled * 1e3, jumpMs)),
                Comparison.within(MODEL, "cavity volume under the standard stretch, % of the joint's fluid",
                        cavityShare, 10, 20, "%", "Unsworth et al. 1971; Brodeur 1995: about 15 %",
                        String.format(Locale.ROOT, "the cavity's volume (%.3f mL) is predicted; the resting fluid volume "
                                + "(%.2f mL) is a modelling choice, not a measurement: of the capsule's measured capacity "
                                + "(1–1.5 mL, arthrography) the cavity would be %.1f–%.1f %%", cavityMl,
                                FacetConstants.FLUID_VOLUME * 1e6, 100 * cavityMl / 1.5, 100 * cavityMl / 1.0)),
                Comparison.within(MODEL, "CO\u2082 share of the gas released into the cavity", co2, 70, 90, "%",
                        "Brodeur 1995: about 80 %", "predicted by diffusion (solubilities and diffusivities at 37 \u00b0C)"),
                Comparison.within(MODEL, "refractory period at default settings", (ready[0] - popTime) / 60, 15, 25,
                        "min", "Unsworth et al. 1971: about 20 min",
                        "diffusion of the leftover bubble; " + LeftoverBubbleValidation.refractoryNote(released, restingGas)),
                LeftoverBubbleValidation.jones(released));
    }
}
