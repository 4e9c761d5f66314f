package org.crepituslab.facet;

import org.crepituslab.framework.contract.ScreenContract;
import org.crepituslab.framework.StoryStep;
import org.crepituslab.framework.validation.Validation;
import org.crepituslab.framework.contract.ExampleSound;
import org.crepituslab.framework.cli.Simulation;
import org.crepituslab.facet.sound.PopSound;
import org.crepituslab.facet.cli.CavitationSimulation;
import org.crepituslab.facet.cli.BubbleSimulation;
import org.crepituslab.facet.cli.PopSimulation;
import java.util.List;
import org.crepituslab.facet.model.JointModel;
import org.crepituslab.facet.view.FacetView;
import org.crepituslab.framework.Screen;
import org.crepituslab.framework.ScreenView;

/** Facet joint: stretch a spinal facet joint until it pops, and see why it cannot pop again at once. */
public final class FacetScreen implements Screen<JointModel> {
    /** Stretch speeds of the example pops (the default stretch is 2.4 mm/s): a gentle and a quick pull. */
    private static final double SLOW_STRETCH_M_S = 0.5e-3;
    private static final double FAST_STRETCH_M_S = 8e-3;

    @Override
    public String id() {
        return "facet";
    }

    @Override
    public JointModel createModel() {
        return new JointModel();
    }

    @Override
    public ScreenView createView(JointModel model) {
        return new FacetView(model);
    }

    /** A standard stretch every 1.5 s with fast re-dissolution, so every stretch pops. */
    @Override
    public void makeBusy(JointModel model) {
        model.makeBusy();
    }

    @Override
    public ScreenContract contract() {
        return FacetContract.CONTRACT;
    }

    @Override
    public List<StoryStep<JointModel>> story() {
        return FacetStory.steps();
    }

    @Override
    public List<Validation> validations() {
        return List.of(FacetValidation::run);
    }

    @Override
    public List<Simulation> simulations() {
        return List.of(new BubbleSimulation(), new CavitationSimulation(), new PopSimulation());
    }

    /** The default pop, and pops from a gentle and a fast stretch (same joint, only the speed differs). */
    @Override
    public List<ExampleSound> sounds() {
        return List.of(new ExampleSound("pop", PopSound::examplePop),
                new ExampleSound("pop-slow", () -> PopSound.examplePop(SLOW_STRETCH_M_S)),
                new ExampleSound("pop-fast", () -> PopSound.examplePop(FAST_STRETCH_M_S)));
    }
}
