package org.crepituslab.tendon.view;

import javafx.scene.Node;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import org.apache.commons.csv.CSVPrinter;
import org.crepituslab.framework.FileDialogs;
import org.crepituslab.framework.ScreenView;
import org.crepituslab.framework.Strings;
import org.crepituslab.framework.Themes;
import org.crepituslab.framework.audio.AudioOut;
import org.crepituslab.tendon.io.TendonCsv;
import org.crepituslab.tendon.model.Landscape;
import org.crepituslab.tendon.model.SnapEvent;
import org.crepituslab.tendon.model.TendonModel;
import org.crepituslab.tendon.sound.SnapSound;

/**
 * The snapping-tendon screen: the side view of the hip (left), the energy landscape and the θ–x
 * hysteresis plot (right), the controls in the side panel. Every snap gives a visual cue, a caption
 * and a synthesised thud-click whose loudness follows the released energy.
 */
public final class TendonView extends ScreenView {
    /** About a minute of frames: several slow cycles of the hysteresis loop. */
    static final int TRACE_CAPACITY = 4000;
    /** Snaps kept for the CSV export; older ones are dropped. */
    static final int MAX_KEPT_SNAPS = 10_000;

    private final TendonModel model;
    private final TraceBuffer trace = new TraceBuffer(TRACE_CAPACITY);
    private final List<SnapEvent> kept = new ArrayList<>();
    private final HipCanvas hip;
    private final LandscapeCanvas landscape;
    private final HysteresisCanvas loop;
    private final TendonControls controls;
    private final PlotKey landscapeKey;
    private final PlotKey loopKey;
    private double lastDrawnSignature = Double.NaN;
    private boolean storyReplayed;
    /** Simulated seconds after which a replayed snap is no longer cued. */
    private static final double STALE_SNAP_S = 0.5;

    public TendonView(TendonModel model) {
        super(model);
        this.model = model;
        hip = new HipCanvas(model, model::holdAt);
        landscape = new LandscapeCanvas(model);
        loop = new HysteresisCanvas(model, trace);
        controls = new TendonControls(model, this);
        keep(controls::dispose);

        GridPane play = new GridPane();
        play.setId("tendon-play");
        play.setHgap(8);
        play.setVgap(8);
        play.setPadding(new Insets(8));
        ColumnConstraints left = new ColumnConstraints();
        left.setPercentWidth(48);
        ColumnConstraints right = new ColumnConstraints();
        right.setPercentWidth(52);
        play.getColumnConstraints().addAll(left, right);
        RowConstraints top = new RowConstraints();
        top.setPercentHeight(50);
        top.setVgrow(Priority.ALWAYS);
        RowConstraints bottom = new RowConstraints();
        bottom.setPercentHeight(50);
        bottom.setVgrow(Priority.ALWAYS);
        play.getRowConstraints().addAll(top, bottom);
        play.add(hip, 0, 0, 1, 2);
        landscapeKey = new PlotKey(landscape, "tendon.landscape");
        loopKey = new PlotKey(loop, "tendon.loop");
        play.add(landscapeKey, 1, 0);
        play.add(loopKey, 1, 1);
        for (var n : play.getChildren()) {
            GridPane.setHgrow(n, Priority.ALWAYS);
            GridPane.setVgrow(n, Priority.ALWAYS);
            GridPane.setFillWidth(n, true);
            GridPane.setFillHeight(n, true);
        }
        hip.setMinSize(0, 0);
        landscape.setMinSize(0, 0);
        loop.setMinSize(0, 0);
        layoutStandard(play, controls.scroller());

        keep(model.snaps().addListener(this::onSnap));
        // sampled whenever the model advances, whoever steps it (the clock, Step, snapshot, a quiz task)
        ChangeListener<Number> sampler = (o, a, b) -> sample();
        model.timeProperty().addListener(sampler);
        keep(() -> model.timeProperty().removeListener(sampler));
        model.tightnessProperty().addListener((o, a, b) -> onTightness(a.doubleValue(), b.doubleValue()));
        step(0);
    }

    private void onSnap(SnapEvent e) {
        if (kept.size() >= MAX_KEPT_SNAPS) {
            kept.remove(0);
        }
        kept.add(e);
        loop.addMarker(e);
        hip.cue(SnapSound.loudness(e.energyJ()) / SnapSound.MAX_PEAK);
        AudioOut.shared().play(() -> SnapSound.forSnap(e));
        captions().show(Strings.format("tendon.caption.snap", direction(e), HipCanvas.fmt0(e.hipAngleDeg()),
                fmt1(e.energyMillijoules())));
    }

    private void onTightness(double before, double after) {
        // the old path was traced in another landscape: clear it, so the plot shows only this tendon
        trace.clear();
        loop.clearMarkers();
        lastDrawnSignature = Double.NaN;
        // the threshold of the movement being made, at its speed, found by running the model
        double threshold = model.snapThreshold();
        if (!Double.isNaN(threshold) && (before > threshold) != (after > threshold)) {
            captions().show(Strings.format(after > threshold ? "tendon.caption.above" : "tendon.caption.below",
                    fmt2(after)));
        }
    }

    static String direction(SnapEvent e) {
        return Strings.get("tendon.direction." + e.direction().id());
    }

    /**
     * A story step is about to be set up by replaying the model from the start: the first frame
     * after it forgets a snap replayed before the step's own moment (see {@link #forgetStaleSnap}).
     */
    @Override
    public void storyStepShown(String stepId) {
        super.storyStepShown(stepId);
        storyReplayed = true;
    }

    /**
     * A snap replayed on the way to a step (the tendon loosened by stretching snapped in the steps
     * before) is not cued: "Snap!" beside "it glides over the ridge quietly" would contradict it.
     */
    private void forgetStaleSnap() {
        storyReplayed = false;
        double now = model.timeProperty().get();
        if (kept.isEmpty() || now - kept.get(kept.size() - 1).timeS() > STALE_SNAP_S) {
            hip.clearCue();
        }
    }

    @Override
    public void step(double dt) {
        if (storyReplayed) {
            forgetStaleSnap();
        }
        hip.setReducedMotion(reducedMotion());
        controls.refresh();
        double signature = signature();
        if (dt > 0 || hip.cueVisible() || signature != lastDrawnSignature) {
            lastDrawnSignature = signature;
            hip.redraw();
            landscape.redraw();
            loop.redraw();
            hip.updateAccessibleText();
        }
    }

    private void sample() {
        trace.add(model.timeProperty().get(), model.hipAngleProperty().get(), model.tendonXProperty().get(),
                model.potentialEnergy());
    }

    /** Changes whenever something drawn changes while time is paused (sliders, labels, a drag). */
    private double signature() {
        return model.hipAngleProperty().get() * 31 + model.tendonXProperty().get() * 1e5
                + model.tightnessProperty().get() * 7 + model.effectiveTiltRad() * 13
                + model.targetAngleProperty().get() * 17 + model.motionProperty().get().ordinal() * 19
                + trace.size() + (controls.labelsShown() ? 0.5 : 0) + Themes.fontPx() * 1e-3;
    }

    private boolean reducedMotion() {
        return getScene() != null && getScene().getRoot() != null
                && getScene().getRoot().getPseudoClassStates().contains(Themes.REDUCED_MOTION);
    }

    @Override
    protected void onReset() {
        trace.clear();
        kept.clear();
        loop.clearMarkers();
        lastDrawnSignature = Double.NaN;
    }

    void setLabels(boolean on) {
        hip.setLabels(on);
    }

    /** Asks for a file and exports; called by the panel's button. */
    void chooseAndExport() {
        Path file = FileDialogs.chooseSave(this, Strings.get("tendon.export"), "CSV", "*.csv", "tendon.csv",
                captions()::show);
        if (file != null) {
            exportCsv(file);
        }
    }

    /**
     * Writes the plots' data: the θ–x path to {@code file}, the landscape at the current angle to
     * {@code <name>-landscape.csv} and the snaps (issue 4's events columns) to {@code <name>-snaps.csv}.
     * Returns the three paths; a failure is reported in the caption line and returns an empty list.
     */
    public List<Path> exportCsv(Path file) {
        String name = file.getFileName().toString();
        String stem = name.toLowerCase(Locale.ROOT).endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
        Path landscapeFile = file.resolveSibling(stem + "-landscape.csv");
        Path snapsFile = file.resolveSibling(stem + "-snaps.csv");
        try {
            try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                CSVPrinter p = TendonCsv.printer(w, TendonCsv.TRACE_HEADER);
                for (int i = 0; i < trace.size(); i++) {
                    p.printRecord(TendonCsv.num("%.4f", trace.time(i)), TendonCsv.num("%.3f", Math.toDegrees(trace.angle(i))),
                            TendonCsv.num("%.4f", trace.x(i) * 1e3), TendonCsv.num("%.4f", trace.potential(i) * 1e3));
                }
                p.flush();
            }
            try (BufferedWriter w = Files.newBufferedWriter(landscapeFile, StandardCharsets.UTF_8)) {
                CSVPrinter p = TendonCsv.printer(w, TendonCsv.LANDSCAPE_HEADER);
                Landscape l = model.landscape();
                double x0 = model.restPath();
                String angle = TendonCsv.num("%.3f", Math.toDegrees(model.hipAngleProperty().get()));
                String tight = TendonCsv.num("%.4f", model.tightnessProperty().get());
                for (int i = 0; i <= LandscapeCanvas.SAMPLES; i++) {
                    double x = -LandscapeCanvas.HALF_RANGE_M + 2 * LandscapeCanvas.HALF_RANGE_M * i / LandscapeCanvas.SAMPLES;
                    p.printRecord(TendonCsv.num("%.4f", x * 1e3), TendonCsv.num("%.4f", l.potential(x, x0) * 1e3), angle, tight);
                }
                p.flush();
            }
            try (BufferedWriter w = Files.newBufferedWriter(snapsFile, StandardCharsets.UTF_8)) {
                TendonCsv.writeEvents(w, kept);
            }
        } catch (IOException | RuntimeException e) {
            captions().show(Strings.format("tendon.export.failed", file, e.getMessage()));
            return List.of();
        }
        captions().show(Strings.format("tendon.export.done", file.getFileName(), landscapeFile.getFileName(),
                snapsFile.getFileName()));
        return List.of(file, landscapeFile, snapsFile);
    }

    // package access for tests
    HipCanvas hipCanvas() {
        return hip;
    }

    HysteresisCanvas loopCanvas() {
        return loop;
    }

    int traceSize() {
        return trace.size();
    }

    static String fmt1(double v) {
        return String.format(Strings.locale(), "%.1f", v);
    }

    static String fmt2(double v) {
        return String.format(Strings.locale(), "%.2f", v);
    }

    @Override
    protected void onPresenting(boolean on) {
        landscapeKey.setNoteShown(!on);
        loopKey.setNoteShown(!on);
    }

    /** In presenting: the hip drawing and the energy landscape (the graph that shows why it snaps). */
    @Override
    public List<Node> keyRegions() {
        return List.of(hip, landscape);
    }
}
