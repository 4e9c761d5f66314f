package org.crepituslab.facet.view;

import javafx.scene.control.Label;
import java.util.ArrayList;
import org.crepituslab.framework.plot.TimeSeriesGraph;
import javafx.scene.Node;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.NumberBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.crepituslab.facet.model.Joint;
import org.crepituslab.facet.model.JointModel;
import org.crepituslab.facet.model.PopEvent;
import org.crepituslab.facet.model.Stage;
import org.crepituslab.framework.LiveScrollPane;
import org.crepituslab.framework.ScreenView;
import org.crepituslab.framework.Strings;
import org.crepituslab.framework.Themes;

/**
 * The facet joint screen's layout: the joint drawing with the pressure gauge and the narration
 * beside it, live graphs and the gas composition below, the controls on the right, and the time
 * acceleration for the refractory period beside the time controls. The parts draw themselves;
 * input goes through {@link StretchInput}, the model's events to {@link PopFeedback}.
 */
public final class FacetView extends ScreenView {
    /** Simulated seconds after which a replayed pop is no longer flashed. */
    private static final double STALE_POP_S = 1;

    private final JointModel model;
    private final Joint joint;
    private final JointCanvas drawing;
    private final PressureGauge gauge = new PressureGauge();
    private final NarrationPanel narration = new NarrationPanel();
    /** The stage a presenter walked to with ←/→ (presenting mode), or null to follow the model. */
    private final GasCompositionView gas;
    private final ReplayPanel replay;
    private final FacetGraphs graphs = new FacetGraphs();
    private final ExplanationText explanationText = new ExplanationText();
    private final BooleanProperty labelsVisible = new SimpleBooleanProperty(this, "labelsVisible", true);
    private final StretchInput input;
    private final PopPlayback playback;
    private final FacetFiles files;
    private long lastFrameNanos = -1;
    private boolean storyReplayed;
    private GraphGrid grid;
    private NumberBinding sideWidth;
    private HBox top;
    private ScrollPane narrationScroll;
    private VBox side;

    public FacetView(JointModel model) {
        super(model);
        this.model = model;
        this.joint = model.joint();
        getStylesheets().add(FacetView.class.getResource("/org/crepituslab/facet/facet.css").toExternalForm());
        input = new StretchInput(model, captions());
        drawing = new JointCanvas(joint);
        JointDragListener.attach(drawing, input);
        JointKeyListener.attach(drawing, input);
        gas = new GasCompositionView(joint);
        replay = new ReplayPanel(this::closeReplay, this::exportPop);
        replay.setVisible(false);
        playback = new PopPlayback(model, drawing, replay, captions());
        files = new FacetFiles(model, graphs, playback, captions(), this);

        layoutStandard(playArea(), FacetControls.create(model, input, playback, files, explanationText, labelsVisible,
                widthProperty()));
        timeControls().extras().getChildren().add(new TimeAccelerationChoice(model));
        graphs.showWindowFor(model.timeAccelerationProperty().get());

        PopFeedback feedback = new PopFeedback(model, drawing, captions(), this::updateExplanationText);
        keep(model.pops().addListener(feedback::onPop));
        keep(model.pops().addListener(e -> graphs.markPop(e.time())));
        keep(model.noPops().addListener(feedback::onNoPop));
        keep(model.readyAgain().addListener(feedback::onReady));
        model.timeAccelerationProperty().addListener((o, a, b) -> {
            graphs.showWindowFor(b.doubleValue());
            feedback.onTimeAcceleration(b.doubleValue());
        });
        model.soundExplanationProperty().addListener((o, a, b) -> {
            drawing.setExplanation(b);
            replay.setExplanation(b);
            updateExplanationText();
        });
        labelsVisible.addListener((o, a, b) -> drawing.setLabelsVisible(b));
        updateExplanationText();
        step(0);
    }

    private ScrollPane playArea() {
        StackPane jointStack = new StackPane(drawing, replay);
        jointStack.setMinSize(260, 180);
        ScrollPane narrationScroll = new LiveScrollPane(narration);
        narrationScroll.setFitToWidth(true);
        narrationScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        narrationScroll.setId("facet-narration-scroll");
        this.narrationScroll = narrationScroll;
        narrationScroll.minHeightProperty().bind(Themes.fontPxProperty().multiply(9));
        VBox side = new VBox(8, gauge, narrationScroll);
        VBox.setVgrow(narrationScroll, Priority.ALWAYS);
        // the side column grows with the window but stays wide enough for its words
        var sideWidth = Bindings.max(Themes.fontPxProperty().multiply(12), widthProperty().multiply(0.19));
        this.side = side;
        side.prefWidthProperty().bind(sideWidth);
        side.minWidthProperty().bind(sideWidth);
        this.sideWidth = sideWidth;
        gauge.minHeightProperty().bind(Themes.fontPxProperty().multiply(9));
        top = new HBox(8, jointStack, side);
        HBox.setHgrow(jointStack, Priority.ALWAYS);
        VBox.setVgrow(top, Priority.ALWAYS);
        top.minHeightProperty().bind(Themes.fontPxProperty().multiply(20));

        grid = new GraphGrid(graphs.graphs().get(0), graphs.graphs().get(1), graphs.graphs().get(2), gas);
        bindSizes();
        VBox centre = new VBox(6, top, grid, graphs.windowLabel());
        centre.setStyle("-fx-padding: 0.5em;");
        // on a small window with large text the play area scrolls rather than squeezing or clipping
        ScrollPane scroll = new LiveScrollPane(centre);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setId("facet-play-area");
        scroll.setMinSize(0, 0);
        // the drawing takes the arrow keys; a focused scroll pane would take them first
        scroll.setFocusTraversable(false);
        narrationScroll.setFocusTraversable(false);
        return scroll;
    }

    /** The graph row and the gauge sized for working at a desk (presenting shrinks them). */
    private void bindSizes() {
        grid.rowHeightProperty().bind(Bindings.max(Themes.fontPxProperty().multiply(9), heightProperty().multiply(0.24)));
        gauge.prefHeightProperty().bind(Bindings.max(sideWidth.multiply(0.72), Themes.fontPxProperty().multiply(12)));
    }

    // the replay panel is made before the actions it offers, so it reaches them through these
    private void closeReplay() {
        playback.closeReplay();
    }

    private void exportPop() {
        files.exportPopWithChooser();
    }

    private void updateExplanationText() {
        explanationText.update(model.soundExplanationProperty().get(), model.lastPopProperty().get());
    }

    /**
     * Presenting on a projector: only the pressure graph stays under the drawing, the story's words
     * run across the top, the narration keeps only the countdown, and the gauge takes the rest of the
     * side column: with the countdown it is the readout the back of the room must read.
     */
    @Override
    protected void onPresenting(boolean on) {
        List<TimeSeriesGraph> all = graphs.graphs();
        for (Node cell : List.of(all.get(1), all.get(2), gas)) {
            cell.setVisible(!on);
            cell.setManaged(!on);
        }
        narration.setCompact(on);
        graphs.windowLabel().setVisible(!on);
        graphs.windowLabel().setManaged(!on);
        top.minHeightProperty().bind(Themes.fontPxProperty().multiply(on ? 11 : 20));
        VBox.setVgrow(gauge, on ? Priority.ALWAYS : Priority.NEVER);
        VBox.setVgrow(narrationScroll, on ? Priority.NEVER : Priority.ALWAYS);
        if (on) {
            // a wider side column for the gauge and the countdown; the countdown is sized to its
            // words each frame (fitCountdown), the gauge grows into what is left
            NumberBinding wide = Bindings.max(Themes.fontPxProperty().multiply(14), widthProperty().multiply(0.3));
            side.prefWidthProperty().bind(wide);
            side.minWidthProperty().bind(wide);
            grid.rowHeightProperty().bind(Bindings.max(Themes.fontPxProperty().multiply(6), heightProperty().multiply(0.2)));
            narrationScroll.minHeightProperty().unbind();
            gauge.prefHeightProperty().bind(Themes.fontPxProperty().multiply(8));
            gauge.minHeightProperty().bind(Themes.fontPxProperty().multiply(7.2));
        } else {
            narrationScroll.minHeightProperty().bind(Themes.fontPxProperty().multiply(9));
            narrationScroll.setPrefHeight(Region.USE_COMPUTED_SIZE);
            gauge.minHeightProperty().bind(Themes.fontPxProperty().multiply(9));
            side.prefWidthProperty().bind(sideWidth);
            side.minWidthProperty().bind(sideWidth);
            bindSizes();
        }
    }

    /** Presenting: the countdown's box exactly as tall as its words at the column's width, no scrolling. */
    private void fitCountdown() {
        double width = narrationScroll.getWidth() - narrationScroll.snappedLeftInset() - narrationScroll.snappedRightInset();
        if (width <= 0) {
            return;
        }
        double need = Math.ceil(narration.prefHeight(width) + narrationScroll.snappedTopInset()
                + narrationScroll.snappedBottomInset());
        if (Math.abs(need - narrationScroll.getMinHeight()) > 0.5) {
            narrationScroll.setMinHeight(need);
            narrationScroll.setPrefHeight(need);
        }
    }

    @Override
    public void recordSample() {
        graphs.record(joint);
    }

    /** The drawing, the pressure gauge, the pressure graph, and the refractory countdown while it runs. */
    @Override
    public List<Node> keyRegions() {
        List<Node> key = new ArrayList<>(List.of(drawing, gauge, graphs.graphs().get(0)));
        Label countdown = narration.countdownIfShown();
        if (countdown != null) {
            key.add(countdown);
        }
        return key;
    }

    // --- frame -----------------------------------------------------------------------------------

    @Override
    public void step(double dt) {
        long now = System.nanoTime();
        double real = lastFrameNanos < 0 ? 0 : Math.min(0.1, (now - lastFrameNanos) / 1e9);
        lastFrameNanos = now;
        graphs.sample(joint);
        if (storyReplayed) {
            forgetStalePop();
        }
        drawing.setReducedMotion(getScene() != null && getScene().getRoot() != null
                && getScene().getRoot().getPseudoClassStates().contains(Themes.REDUCED_MOTION));
        drawing.update(real);
        PopEvent pop = model.lastPopProperty().get();
        gauge.update(joint.pressure(), joint.threshold(),
                joint.stage() == Stage.CAVITATION && pop != null ? pop.pressureAtPop() : Double.NaN);
        narration.update(joint.stage(), joint.refractory().remaining(), joint.refractory().reason(), joint.bubbleRadius());
        // presenting keeps only the countdown here: no empty box while there is none
        narrationScroll.setVisible(!isPresenting() || narration.countdownIfShown() != null);
        if (isPresenting()) {
            fitCountdown();
        }
        gas.update();
    }

    /**
     * A story step is about to be set up by replaying the model: the first frame after it checks
     * the pop (see {@link #forgetStalePop}).
     */
    @Override
    public void storyStepShown(String stepId) {
        super.storyStepShown(stepId);
        storyReplayed = true;
    }

    /**
     * A pop replayed well before the step's moment (the refractory step starts half a minute after
     * it) is not flashed, so no rings say "sound" during the wait.
     */
    private void forgetStalePop() {
        storyReplayed = false;
        PopEvent last = model.lastPopProperty().get();
        if (last == null || joint.time() - last.time() > STALE_POP_S) {
            drawing.clearFlash();
        }
    }

    @Override
    protected void onReset() {
        graphs.clear();
        playback.closeReplay();
        graphs.showWindowFor(model.timeAccelerationProperty().get());
        updateExplanationText();
    }

    // --- for tests -------------------------------------------------------------------------------

    public JointModel jointModel() {
        return model;
    }

    /** What the screen saves (the last pop, the graphs). */
    FacetFiles files() {
        return files;
    }

    /** Advances the slow-motion replay by real seconds; true while it still plays. */
    public boolean advanceReplay(double realSeconds) {
        replay.advance(realSeconds);
        return replay.isPlaying();
    }

    public boolean isReplayVisible() {
        return replay.isVisible();
    }

    /** The stage the narration panel shows. */
    public Stage narratedStage() {
        return narration.shownStage();
    }

    public String countdownText() {
        return narration.countdownText();
    }

    public String explanationText() {
        return explanationText.getText();
    }
}
