package org.crepituslab.tendon;

import org.crepituslab.framework.contract.ScreenContract;
import org.crepituslab.framework.StoryStep;
import org.crepituslab.framework.contract.ExampleSound;
import org.crepituslab.framework.cli.Simulation;
import org.crepituslab.framework.validation.Validation;
import org.crepituslab.tendon.sound.SnapSound;
import org.crepituslab.tendon.cli.PopulationSimulation;
import org.crepituslab.tendon.cli.TendonSimulation;
import java.util.List;
import org.crepituslab.framework.Screen;
import org.crepituslab.framework.ScreenView;
import org.crepituslab.tendon.model.HipMotion;
import org.crepituslab.tendon.model.TendonModel;
import org.crepituslab.tendon.view.TendonView;

/** Snapping tendon: the iliopsoas tendon snapping over the iliopectineal eminence. */
public final class TendonScreen implements Screen<TendonModel> {
    /** Tightness of the example snaps: a little above the typical hip's snapping threshold, and fully tight. */
    private static final double MILD_TIGHTNESS = 0.78;
    private static final double STRONG_TIGHTNESS = 1.0;

    @Override
    public String id() {
        return "tendon";
    }

    @Override
    public TendonModel createModel() {
        return new TendonModel();
    }

    @Override
    public ScreenView createView(TendonModel model) {
        return new TendonView(model);
    }

    /** Busiest: fully tight and tilted, walking (two snaps per 1.1 s stride). */
    @Override
    public void makeBusy(TendonModel model) {
        model.tightnessProperty().set(1);
        model.pelvicTiltProperty().set(1);
        model.coreEngagementProperty().set(0);
        model.motionProperty().set(HipMotion.WALKING);
    }

    @Override
    public ScreenContract contract() {
        return TendonContract.CONTRACT;
    }

    @Override
    public List<Validation> validations() {
        return List.of(TendonValidation::run);
    }

    @Override
    public List<StoryStep<TendonModel>> story() {
        return TendonStory.steps();
    }

    @Override
    public List<Simulation> simulations() {
        return List.of(new TendonSimulation(), new PopulationSimulation());
    }

    /** The default snap, and snaps of a just-tight-enough and a very tight tendon. */
    @Override
    public List<ExampleSound> sounds() {
        return List.of(new ExampleSound("snap", SnapSound::exampleSnap),
                new ExampleSound("snap-mild", () -> SnapSound.exampleSnap(MILD_TIGHTNESS)),
                new ExampleSound("snap-strong", () -> SnapSound.exampleSnap(STRONG_TIGHTNESS)));
    }
}
