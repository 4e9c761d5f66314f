package org.crepituslab.facet.view;

import org.crepituslab.framework.LiveScrollPane;
import com.jfoenix.controls.JFXButton;
import com.jfoenix.controls.JFXRadioButton;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.crepituslab.facet.model.FacetConstants;
import org.crepituslab.facet.model.Joint;
import org.crepituslab.facet.model.JointModel;
import org.crepituslab.facet.model.NoPopEvent;
import org.crepituslab.facet.model.PopEvent;
import org.crepituslab.facet.model.PopTrace;
import org.crepituslab.facet.model.SoundExplanation;
import org.crepituslab.facet.model.Stage;
import org.crepituslab.facet.sound.PopSound;
import org.crepituslab.framework.AtomicFiles;
import org.crepituslab.framework.ControlPanel;
import org.crepituslab.framework.FileDialogs;
import org.crepituslab.framework.ScreenView;
import org.crepituslab.framework.Strings;
import org.crepituslab.framework.Themes;
import org.crepituslab.framework.TimeSeries;
import org.crepituslab.framework.TimeSeriesGraph;
import org.crepituslab.sound.AudioOut;
import org.crepituslab.sound.Pcm;
import org.crepituslab.sound.WavWriter;

/**
 * The facet joint screen: the joint drawing with the pressure gauge and the narration beside it,
 * live graphs and the gas composition below, the controls on the right, and the time acceleration
 * for the refractory period beside the time controls. It draws the model and forwards input.
 */
public final class FacetView extends ScreenView {
    /** Graph window at ×1, s of simulated time; it scales with the time acceleration. */
    private static final double GRAPH_WINDOW = 10;
    private static final int GRAPH_CAPACITY = 2400;
    /** Gap between JFoenix radio buttons so their clickable ripples do not overlap, px. */
    private static final double RADIO_RIPPLE_GAP = 12;
    public static final String[] GRAPH_CSV_HEADER = {"t_s", "pressure_kpa", "bubble_radius_mm", "dissolved_gas_percent"};
    public static final String[] POP_CSV_HEADER = {"t_ms", "radius_mm", "wall_velocity_m_s", "acoustic_pressure_pa",
        "fluid_pressure_kpa"};

    private final JointModel model;
    private final Joint joint;
    private final JointCanvas drawing;
    private final PressureGauge gauge = new PressureGauge();
    private final NarrationPanel narration = new NarrationPanel();
    /** The stage a presenter walked to with ←/→ (presenting mode), or null to follow the model. */
    private Stage presenterStage;
    private final GasCompositionView gas;
    private final ReplayPanel replay;
    private final TimeSeriesGraph pressureGraph;
    private final TimeSeriesGraph radiusGraph;
    private final TimeSeriesGraph dissolvedGraph;
    private final TimeSeries pressureSeries;
    private final TimeSeries radiusSeries;
    private final TimeSeries dissolvedSeries;
    private final Label windowLabel = new Label();
    private final Label explanationText = new Label();
    private final BooleanProperty labelsVisible = new SimpleBooleanProperty(this, "labelsVisible", true);
    private long lastFrameNanos = -1;
    private double lastSampleTime = Double.NaN;

    public FacetView(JointModel model) {
        super(model);
        this.model = model;
        this.joint = model.joint();
        getStylesheets().add(FacetView.class.getResource("/org/crepituslab/facet/facet.css").toExternalForm());
        drawing = new JointCanvas(joint, this::userPull, this::stretch);
        gas = new GasCompositionView(joint);
        replay = new ReplayPanel(this::closeReplay, this::exportPopWithChooser);
        replay.setVisible(false);

        pressureGraph = new TimeSeriesGraph(Strings.get("facet.graph.pressure"), Strings.get("unit.kPa"), GRAPH_WINDOW);
        pressureSeries = pressureGraph.addSeries(Strings.get("facet.graph.pressure"), GRAPH_CAPACITY);
        pressureGraph.setFixedRange(-100, 50);
        radiusGraph = new TimeSeriesGraph(Strings.get("facet.graph.radius"), Strings.get("unit.mm"), GRAPH_WINDOW);
        radiusSeries = radiusGraph.addSeries(Strings.get("facet.graph.radius"), GRAPH_CAPACITY);
        radiusGraph.setFixedRange(0, 2.5);
        dissolvedGraph = new TimeSeriesGraph(Strings.get("facet.graph.dissolved"), Strings.get("unit.percent"),
                GRAPH_WINDOW);
        dissolvedSeries = dissolvedGraph.addSeries(Strings.get("facet.graph.dissolved"), GRAPH_CAPACITY);
        dissolvedGraph.setFixedRange(70, 100);
        for (TimeSeriesGraph g : List.of(pressureGraph, radiusGraph, dissolvedGraph)) {
            g.setPrefSize(220, 150);
            g.setMinSize(120, 90);
        }
        pressureGraph.setId("facet-graph-pressure");
        radiusGraph.setId("facet-graph-radius");
        dissolvedGraph.setId("facet-graph-dissolved");

        layoutStandard(playArea(), controls());
        timeAccelerationControls();
        updateWindowLabel();

        keep(model.pops().addListener(this::onPop));
        keep(model.noPops().addListener(this::onNoPop));
        keep(model.readyAgain().addListener(t -> captions().show(Strings.get("facet.caption.ready"))));
        model.timeAccelerationProperty().addListener((o, a, b) -> {
            updateWindowLabel();
            if (b.doubleValue() > 1) {
                captions().show(Strings.format("facet.caption.accel", (long) b.doubleValue()));
            }
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
        narrationScroll.minHeightProperty().bind(Themes.fontPxProperty().multiply(9));
        VBox side = new VBox(8, gauge, narrationScroll);
        VBox.setVgrow(narrationScroll, Priority.ALWAYS);
        // the side column grows with the window but stays wide enough for its words
        var sideWidth = Bindings.max(Themes.fontPxProperty().multiply(12), widthProperty().multiply(0.19));
        side.prefWidthProperty().bind(sideWidth);
        side.minWidthProperty().bind(sideWidth);
        gauge.prefHeightProperty().bind(Bindings.max(sideWidth.multiply(0.72), Themes.fontPxProperty().multiply(12)));
        gauge.minHeightProperty().bind(Themes.fontPxProperty().multiply(9));
        HBox top = new HBox(8, jointStack, side);
        HBox.setHgrow(jointStack, Priority.ALWAYS);
        VBox.setVgrow(top, Priority.ALWAYS);
        top.minHeightProperty().bind(Themes.fontPxProperty().multiply(20));

        GraphGrid graphs = new GraphGrid(pressureGraph, radiusGraph, dissolvedGraph, gas);
        graphs.rowHeightProperty().bind(Bindings.max(Themes.fontPxProperty().multiply(9), heightProperty().multiply(0.24)));
        windowLabel.getStyleClass().add("muted");
        windowLabel.setId("facet-graph-window");
        windowLabel.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox centre = new VBox(6, top, graphs, windowLabel);
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

    private ScrollPane controls() {
        ControlPanel panel = new ControlPanel();
        panel.setId("facet-controls");
        panel.addTitle(Strings.get("facet.controls.joint"));
        JFXButton stretchButton = panel.addButton(Strings.get("facet.controls.stretch"),
                Strings.get("facet.controls.stretch.help"), this::stretch);
        stretchButton.setId("facet-stretch");
        stretchButton.getStyleClass().setAll("button", "jfx-button", "primary-button");
        var pull = panel.addSlider(Strings.get("facet.controls.pull"), Strings.get("facet.controls.pull.help"), 0,
                FacetConstants.MAX_STRETCH, model.requestedPullProperty(), v -> Strings.format("facet.unit.mm", JointCanvas.mm(v)));
        pull.setId("facet-pull");
        pull.slider().valueChangingProperty().addListener((o, a, b) -> {
            if (b) {
                normalTimeForStretch();
            }
        });
        pull.slider().setOnMousePressed(e -> normalTimeForStretch());
        panel.addSlider(Strings.get("facet.controls.amount"), Strings.get("facet.controls.amount.help"), 0.1e-3,
                FacetConstants.MAX_STRETCH, model.stretchAmountProperty(), v -> Strings.format("facet.unit.mm", JointCanvas.mm(v)))
                .setId("facet-amount");
        panel.addSlider(Strings.get("facet.controls.rate"), Strings.get("facet.controls.rate.help"),
                FacetConstants.STRETCH_RATE_MIN, FacetConstants.STRETCH_RATE_MAX, model.stretchRateProperty(),
                v -> Strings.format("facet.unit.mmps", String.format(Strings.locale(), "%.1f", v * 1e3)))
                .setId("facet-rate");

        panel.addTitle(Strings.get("facet.controls.explanation"));
        ToggleGroup explanations = panel.addChoice(Strings.get("facet.controls.explanation.help"),
                List.of(SoundExplanation.values()), e -> Strings.get("facet.explanation." + e.id()),
                model.soundExplanationProperty());
        explanations.getToggles().forEach(t -> ((javafx.scene.Node) t).setId("facet-explanation-"
                + ((SoundExplanation) t.getUserData()).id()));
        explanationText.setWrapText(true);
        explanationText.setId("facet-explanation-text");
        explanationText.getStyleClass().add("facet-explanation");
        explanationText.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        explanationText.setMaxWidth(Double.MAX_VALUE);
        panel.add(explanationText);

        panel.addTitle(Strings.get("facet.controls.pop"));
        JFXButton replayButton = panel.addButton(Strings.get("facet.controls.replay"),
                Strings.get("facet.controls.replay.help"), this::startReplay);
        replayButton.setId("facet-replay-button");
        JFXButton play = panel.addButton(Strings.get("facet.controls.play"), Strings.get("facet.controls.play.help"),
                this::playLastPop);
        play.setId("facet-play");
        JFXButton wav = panel.addButton(Strings.get("facet.controls.saveWav"), Strings.get("facet.controls.saveWav.help"),
                this::saveWavWithChooser);
        wav.setId("facet-save-wav");
        for (JFXButton b : List.of(replayButton, play, wav)) {
            b.disableProperty().bind(model.lastPopProperty().isNull());
        }
        panel.addButton(Strings.get("facet.controls.exportCsv"), Strings.get("facet.controls.exportCsv.help"),
                this::exportGraphsWithChooser).setId("facet-export-csv");

        panel.addTitle(Strings.get("facet.controls.show"));
        panel.addCheckBox(Strings.get("facet.controls.labels"), Strings.get("facet.controls.labels.help"), labelsVisible)
                .setId("facet-labels");

        panel.addTitle(Strings.get("facet.controls.advanced"));
        panel.addSlider(Strings.get("facet.controls.threshold"), Strings.get("facet.controls.threshold.help"),
                FacetConstants.THRESHOLD_MIN, FacetConstants.THRESHOLD_MAX, model.thresholdProperty(),
                v -> Strings.format("facet.unit.kpa", String.format(Strings.locale(), "%.0f", v / 1e3)))
                .setId("facet-threshold");
        panel.addText(Strings.get("facet.disclaimer"));

        ScrollPane scroll = new LiveScrollPane(panel);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.prefViewportWidthProperty().bind(Bindings.min(Themes.fontPxProperty().multiply(22),
                widthProperty().multiply(0.3)));
        scroll.setMinWidth(240);
        return scroll;
    }

    private void timeAccelerationControls() {
        HBox extras = timeControls().extras();
        Label label = new Label(Strings.get("facet.accel.label"));
        ToggleGroup group = new ToggleGroup();
        HBox box = new HBox(RADIO_RIPPLE_GAP, label);
        box.setAlignment(Pos.CENTER_LEFT);
        for (double a : FacetConstants.TIME_ACCELERATIONS) {
            String text = Strings.format("facet.accel.option", (long) a);
            JFXRadioButton rb = new JFXRadioButton(text);
            rb.setId("facet-accel-" + (long) a);
            rb.setToggleGroup(group);
            rb.setUserData(a);
            rb.setAccessibleText(label.getText() + " " + text);
            rb.setAccessibleHelp(Strings.format("facet.accel.help", (long) a));
            rb.setSelected(a == model.timeAccelerationProperty().get());
            rb.setOnAction(e -> model.timeAccelerationProperty().set(a));
            box.getChildren().add(rb);
        }
        model.timeAccelerationProperty().addListener((o, a, b) -> group.getToggles().forEach(t ->
                t.setSelected((double) t.getUserData() == b.doubleValue())));
        extras.getChildren().add(box);
    }

    // --- input -----------------------------------------------------------------------------------

    private void userPull(double metres) {
        normalTimeForStretch();
        model.requestedPullProperty().set(metres);
    }

    private void stretch() {
        normalTimeForStretch();
        model.startStandardStretch();
    }

    /** A stretch is a sub-second event: watching it at ×600 would show nothing. */
    private void normalTimeForStretch() {
        if (model.timeAccelerationProperty().get() > 1) {
            model.timeAccelerationProperty().set(1);
            captions().show(Strings.get("facet.caption.accelNormal"));
        }
    }

    // --- events ----------------------------------------------------------------------------------

    private void onPop(PopEvent e) {
        drawing.flash();
        SoundExplanation heard = model.soundExplanationProperty().get();
        String pressure = String.format(Strings.locale(), "%.0f", e.pressureAtPop() / 1e3);
        captions().show(Strings.format("facet.caption.pop", pressure,
                Strings.get("facet.explanation." + heard.id() + ".short")));
        AudioOut.shared().play(() -> PopSound.synthesize(e.trace(), heard));
        updateExplanationText();
    }

    private void onNoPop(NoPopEvent e) {
        captions().show(Strings.get("facet.caption.noPop." + e.reason().id()));
    }

    private void startReplay() {
        PopEvent pop = model.lastPopProperty().get();
        if (pop == null) {
            captions().show(Strings.get("facet.caption.noPopYet"));
            return;
        }
        replay.setVisible(true);
        drawing.setVisible(false);
        replay.play(pop.trace(), model.soundExplanationProperty().get());
        double ms = pop.trace().duration() * 1e3;
        captions().show(Strings.format("facet.caption.replay", String.format(Strings.locale(), "%.1f", ms),
                String.format(Strings.locale(), "%.1f", ms * ReplayPanel.SLOWDOWN / 1e3)));
    }

    private void closeReplay() {
        replay.stop();
        replay.setVisible(false);
        drawing.setVisible(true);
        drawing.requestFocus();
    }

    private void playLastPop() {
        PopEvent pop = model.lastPopProperty().get();
        if (pop == null) {
            captions().show(Strings.get("facet.caption.noPopYet"));
            return;
        }
        AudioOut.shared().play(lastPopSound());
        captions().show(Strings.format("facet.caption.pop", String.format(Strings.locale(), "%.0f",
                pop.pressureAtPop() / 1e3), Strings.get("facet.explanation."
                + model.soundExplanationProperty().get().id() + ".short")));
    }

    private Pcm lastPopSound() {
        return PopSound.synthesize(model.lastPopProperty().get().trace(), model.soundExplanationProperty().get());
    }

    private void updateExplanationText() {
        SoundExplanation e = model.soundExplanationProperty().get();
        String key = "facet.explanation." + e.id() + ".text";
        if (e == SoundExplanation.COLLAPSE) {
            PopEvent pop = model.lastPopProperty().get();
            PopTrace t = pop != null ? pop.trace() : ExamplePop.trace();
            explanationText.setText(Strings.format(key, String.format(Strings.locale(), "%.0f", t.collapseRatio() * 100)));
        } else {
            explanationText.setText(Strings.get(key));
        }
    }

    // --- files -----------------------------------------------------------------------------------

    /** Saves the last pop's sound (as the chosen explanation hears it) as a WAV file. */
    public void savePopWav(Path file) throws IOException {
        if (model.lastPopProperty().get() == null) {
            throw new IllegalStateException(Strings.get("facet.caption.noPopYet"));
        }
        WavWriter.write(lastPopSound(), file);
        captions().show(Strings.format("facet.caption.savedWav", file.getFileName()));
    }

    /** Saves the live graphs' samples as CSV: t_s,pressure_kpa,bubble_radius_mm,dissolved_gas_percent. */
    public void exportGraphsCsv(Path file) throws IOException {
        StringWriter text = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(text, CSVFormat.DEFAULT.builder().setHeader(GRAPH_CSV_HEADER).build())) {
            int n = Math.min(pressureSeries.size(), Math.min(radiusSeries.size(), dissolvedSeries.size()));
            for (int i = 0; i < n; i++) {
                csv.printRecord(num(pressureSeries.time(i)), num(pressureSeries.value(i)), num(radiusSeries.value(i)),
                        num(dissolvedSeries.value(i)));
            }
        }
        AtomicFiles.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
        captions().show(Strings.format("facet.caption.savedCsv", file.getFileName()));
    }

    /** Saves the last pop's recorded trace as CSV (see {@link #POP_CSV_HEADER}). */
    public void exportPopCsv(Path file) throws IOException {
        PopEvent pop = model.lastPopProperty().get();
        if (pop == null) {
            throw new IllegalStateException(Strings.get("facet.caption.noPopYet"));
        }
        PopTrace t = pop.trace();
        StringWriter text = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(text, CSVFormat.DEFAULT.builder().setHeader(POP_CSV_HEADER).build())) {
            for (int i = 0; i < t.size(); i++) {
                csv.printRecord(num(t.time(i) * 1e3), num(t.radius(i) * 1e3), num(t.wallVelocity(i)),
                        num(t.acousticPressure(i, FacetConstants.LISTENER_DISTANCE)), num(t.fluidPressure(i) / 1e3));
            }
        }
        AtomicFiles.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
        captions().show(Strings.format("facet.caption.savedCsv", file.getFileName()));
    }

    private static String num(double v) {
        return String.format(java.util.Locale.ROOT, "%.6g", v);
    }

    private void saveWavWithChooser() {
        Path file = choose("facet.file.wav", "*.wav", "pop.wav");
        if (file != null) {
            try {
                savePopWav(file);
            } catch (IOException | RuntimeException ex) {
                captions().show(Strings.format("facet.caption.saveFailed", file.getFileName(), ex.getMessage()));
            }
        }
    }

    private void exportGraphsWithChooser() {
        Path file = choose("facet.file.csv", "*.csv", "facet-graphs.csv");
        if (file != null) {
            try {
                exportGraphsCsv(file);
            } catch (IOException | RuntimeException ex) {
                captions().show(Strings.format("facet.caption.saveFailed", file.getFileName(), ex.getMessage()));
            }
        }
    }

    private void exportPopWithChooser() {
        Path file = choose("facet.file.csv", "*.csv", "facet-pop.csv");
        if (file != null) {
            try {
                exportPopCsv(file);
            } catch (IOException | RuntimeException ex) {
                captions().show(Strings.format("facet.caption.saveFailed", file.getFileName(), ex.getMessage()));
            }
        }
    }

    private Path choose(String typeKey, String pattern, String suggested) {
        return FileDialogs.chooseSave(this, Strings.get(typeKey), Strings.get(typeKey), pattern, suggested,
                captions()::show);
    }

    // --- presenting: ←/→ walk the story -------------------------------------------------------

    @Override
    public int narrationStageCount() {
        return Stage.values().length;
    }

    @Override
    public int narrationStage() {
        return (presenterStage != null ? presenterStage : joint.stage()).ordinal();
    }

    /** Pauses and shows one stage of the story with its explanation, for a presenter to talk over. */
    @Override
    public void showNarrationStage(int stage) {
        presenterStage = Stage.values()[Math.max(0, Math.min(Stage.values().length - 1, stage))];
        clock().playingProperty().set(false);
        narration.update(presenterStage, 0, null);
        captions().show(Strings.get("facet.stage." + presenterStage.id() + ".text"));
    }

    // --- frame -----------------------------------------------------------------------------------

    @Override
    public void step(double dt) {
        long now = System.nanoTime();
        double real = lastFrameNanos < 0 ? 0 : Math.min(0.1, (now - lastFrameNanos) / 1e9);
        lastFrameNanos = now;
        double t = joint.time();
        // sample whenever simulated time moved (also when something stepped the model directly)
        if (!(t == lastSampleTime)) {
            lastSampleTime = t;
            pressureSeries.add(t, joint.pressure() / 1e3);
            radiusSeries.add(t, joint.bubbleRadius() * 1e3);
            dissolvedSeries.add(t, joint.gas().dissolvedFraction() * 100);
            pressureGraph.redraw();
            radiusGraph.redraw();
            dissolvedGraph.redraw();
        }
        drawing.setReducedMotion(getScene() != null && getScene().getRoot() != null
                && getScene().getRoot().getPseudoClassStates().contains(Themes.REDUCED_MOTION));
        drawing.update(real);
        gauge.update(joint.pressure(), joint.threshold());
        if (dt > 0) {
            presenterStage = null; // the simulation moved on: the narration follows the model again
        }
        if (presenterStage == null) {
            narration.update(joint.stage(), joint.refractory().remaining(), joint.refractory().reason());
        }
        gas.update();
    }

    private void updateWindowLabel() {
        double accel = model.timeAccelerationProperty().get();
        double window = GRAPH_WINDOW * accel;
        double scale = accel > 1 ? 1.0 / 60 : 1;
        for (TimeSeriesGraph g : List.of(pressureGraph, radiusGraph, dissolvedGraph)) {
            g.setWindow(window);
            g.setTimeScale(scale);
            g.redraw();
        }
        windowLabel.setText(accel > 1
                ? Strings.format("facet.graph.window.minutes", String.format(Strings.locale(), "%.0f", window / 60))
                : Strings.format("facet.graph.window.seconds", String.format(Strings.locale(), "%.0f", window)));
    }

    @Override
    protected void onReset() {
        pressureSeries.clear();
        radiusSeries.clear();
        dissolvedSeries.clear();
        lastSampleTime = Double.NaN;
        closeReplay();
        updateWindowLabel();
        updateExplanationText();
    }

    // --- for tests -------------------------------------------------------------------------------

    public JointModel jointModel() {
        return model;
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
    public org.crepituslab.facet.model.Stage narratedStage() {
        return narration.shownStage();
    }

    public String countdownText() {
        return narration.countdownText();
    }

    public String explanationText() {
        return explanationText.getText();
    }

    /** The lazily computed example pop, for the explanation text before the first pop. */
    private static final class ExamplePop {
        private static PopTrace trace;

        static synchronized PopTrace trace() {
            if (trace == null) {
                trace = org.crepituslab.facet.model.ExamplePop.simulate().trace();
            }
            return trace;
        }
    }
}
