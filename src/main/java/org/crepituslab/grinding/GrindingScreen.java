package org.crepituslab.grinding;

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
}
