package org.crepituslab.walking;

import java.util.List;
import org.crepituslab.framework.Screen;
import org.crepituslab.framework.ScreenView;
import org.crepituslab.walking.view.WalkingView;
import org.crepituslab.framework.cli.Simulation;
import org.crepituslab.framework.contract.ExampleSound;
import org.crepituslab.framework.contract.ScreenContract;
import org.crepituslab.framework.StoryStep;
import org.crepituslab.framework.validation.Validation;
import org.crepituslab.walking.cli.WalkingSimulation;
import org.crepituslab.walking.model.Causes;
import org.crepituslab.walking.model.WalkingModel;
import org.crepituslab.walking.sound.WalkingSounds;

/** Walking: why a back pops, clicks or snaps with each step — gait, pelvic tilt, tight hip flexors, the core. */
public final class WalkingScreen implements Screen<WalkingModel> {
    @Override
    public String id() {
        return "walking";
    }

    @Override
    public WalkingModel createModel() {
        return new WalkingModel();
    }

    @Override
    public ScreenView createView(WalkingModel model) {
        return new WalkingView(model);
    }

    /** Tight flexors, no core and a structural problem: snaps, pops and a click every step. */
    @Override
    public void makeBusy(WalkingModel model) {
        model.setCauses(new Causes(1, 0, 0.3, Causes.SPEED_MAX, 5));
    }

    @Override
    public List<StoryStep<WalkingModel>> story() {
        return WalkingStory.steps();
    }

    @Override
    public ScreenContract contract() {
        return WalkingContract.CONTRACT;
    }

    @Override
    public List<Validation> validations() {
        return List.of(WalkingValidation::run);
    }

    /** The structural click (the pop and the snap are the facet and tendon screens' own examples). */
    @Override
    public List<ExampleSound> sounds() {
        return List.of(new ExampleSound("walking-click", WalkingSounds::exampleClick));
    }

    @Override
    public List<Simulation> simulations() {
        return List.of(new WalkingSimulation());
    }
}
