package org.crepituslab.grinding;

import org.crepituslab.framework.contract.ScreenContract;
import org.crepituslab.framework.StoryStep;
import org.crepituslab.framework.contract.ExampleSound;
import org.crepituslab.framework.cli.Simulation;
import org.crepituslab.framework.validation.Validation;
import org.crepituslab.grinding.sound.GrindSound;
import org.crepituslab.grinding.cli.GrindingSimulation;
import java.util.List;
import java.util.function.Supplier;
import org.crepituslab.framework.Screen;
import org.crepituslab.framework.ScreenView;
import org.crepituslab.grinding.model.GrindingConstants;
import org.crepituslab.grinding.model.GrindingModel;
import org.crepituslab.grinding.sound.InterimPop;
import org.crepituslab.grinding.view.GrindingView;
import org.crepituslab.sound.Pcm;

/** Grinding: arthritic crepitus from worn cartilage, lost fluid support, stick-slip and bone spurs. */
public final class GrindingScreen implements Screen<GrindingModel> {
    /** Wear of the example grinds: early osteoarthritis, and a worn joint. */
    private static final double EARLY_WEAR = 0.45;
    private static final double WORN = 0.9;

    private final Supplier<Pcm> referencePop;

    /**
     * Uses the interim reference pop; at merge this becomes
     * {@code new GrindingScreen(org.crepituslab.facet.sound.PopSound::examplePop)}.
     */
    public GrindingScreen() {
        this(InterimPop::referencePop);
    }

    /** @param referencePop the clean cavitation pop whose spectrum is drawn beside the grinding */
    public GrindingScreen(Supplier<Pcm> referencePop) {
        this.referencePop = referencePop;
    }

    @Override
    public String id() {
        return "grinding";
    }

    @Override
    public GrindingModel createModel() {
        return new GrindingModel();
    }

    @Override
    public ScreenView createView(GrindingModel model) {
        return new GrindingView(model, referencePop);
    }

    /** Bone on bone with every spur at its largest: the most slips and catches per second. */
    @Override
    public void makeBusy(GrindingModel model) {
        model.wearProperty().set(1);
        model.spurSizeProperty().set(GrindingConstants.MAX_SPUR_SIZE_M);
        model.spursProperty().set(GrindingConstants.MAX_SPURS);
    }

    @Override
    public ScreenContract contract() {
        return GrindingContract.CONTRACT;
    }

    @Override
    public List<Validation> validations() {
        return List.of(GrindingValidation::run);
    }

    @Override
    public List<StoryStep<GrindingModel>> story() {
        return GrindingStory.steps();
    }

    @Override
    public List<Simulation> simulations() {
        return List.of(new GrindingSimulation());
    }

    /** Grinding of a worn joint, of early wear, and of a worn joint whose bone spurs catch. */
    @Override
    public List<ExampleSound> sounds() {
        return List.of(new ExampleSound("grind", GrindSound::exampleGrind),
                new ExampleSound("grind-early", () -> GrindSound.exampleGrind(EARLY_WEAR, 0)),
                new ExampleSound("grind-spurs", () -> GrindSound.exampleGrind(WORN, GrindingConstants.MAX_SPURS / 2)));
    }
}
