package org.crepituslab.manipulation;

import java.util.List;
import org.crepituslab.framework.Screen;
import org.crepituslab.framework.ScreenView;
import org.crepituslab.framework.StoryStep;
import org.crepituslab.framework.cli.Simulation;
import org.crepituslab.framework.contract.ExampleSound;
import org.crepituslab.framework.contract.ScreenContract;
import org.crepituslab.framework.validation.Validation;
import org.crepituslab.manipulation.cli.SelfAdjustSimulation;
import org.crepituslab.manipulation.cli.ThrustSimulation;
import org.crepituslab.manipulation.model.ManipulationModel;
import org.crepituslab.manipulation.sound.VolleySound;
import org.crepituslab.manipulation.view.ManipulationView;

/** Manipulation: many pops from one thrust, why self-adjusting pops the wrong joints, and how it loosens ligaments. */
public final class ManipulationScreen implements Screen<ManipulationModel> {
    @Override
    public String id() {
        return "manipulation";
    }

    @Override
    public ManipulationModel createModel() {
        return new ManipulationModel();
    }

    @Override
    public ScreenView createView(ManipulationModel model) {
        return new ManipulationView(model);
    }

    /** A thrust every simulated second with joints ready again at once, so every thrust pops. */
    @Override
    public void makeBusy(ManipulationModel model) {
        model.makeBusy();
    }

    @Override
    public ScreenContract contract() {
        return ManipulationContract.CONTRACT;
    }

    @Override
    public List<StoryStep<ManipulationModel>> story() {
        return ManipulationStory.steps();
    }

    @Override
    public List<Validation> validations() {
        return List.of(ManipulationValidation::run);
    }

    @Override
    public List<Simulation> simulations() {
        return List.of(new ThrustSimulation(), new SelfAdjustSimulation());
    }

    /** The volley of one targeted lumbosacral thrust. */
    @Override
    public List<ExampleSound> sounds() {
        return List.of(new ExampleSound("volley", VolleySound::exampleVolley));
    }
}
