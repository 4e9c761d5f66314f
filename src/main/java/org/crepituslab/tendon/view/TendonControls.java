package org.crepituslab.tendon.view;

import com.jfoenix.controls.JFXCheckBox;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.Region;
import org.crepituslab.framework.ControlPanel;
import org.crepituslab.framework.LabeledSlider;
import org.crepituslab.framework.LiveScrollPane;
import org.crepituslab.framework.Strings;
import org.crepituslab.framework.Themes;
import org.crepituslab.tendon.model.FoldAnalysis;
import org.crepituslab.tendon.model.HipMotion;
import org.crepituslab.tendon.model.TendonConstants;
import org.crepituslab.tendon.model.TendonModel;

/**
 * The side panel: how the hip moves, the tendon's tightness (as hours sitting per day), pelvic tilt
 * and core engagement, the snap counter and readouts, labels and CSV export. Built with the shared
 * {@link ControlPanel}; sliders that show a converted unit keep a view-side property in step with
 * the model's, guarded so the two do not echo each other.
 */
final class TendonControls {
    private final TendonModel model;
    private final ControlPanel panel = new ControlPanel();
    private final ScrollPane scroller;
    private final DoubleProperty hipDeg = new SimpleDoubleProperty(this, "hipDeg");
    private final DoubleProperty sittingHours = new SimpleDoubleProperty(this, "sittingHours");
    private final BooleanProperty labels = new SimpleBooleanProperty(this, "labels", true);
    private final Label counter = new Label();
    private final Label last = new Label();
    private final Label tension = new Label();
    private final Label folds = new Label();
    private final Label pose = new Label();
    private final Label population = new Label();
    private final PopulationPlace place;
    private static final double PANEL_WIDTH_PX = 340;
    private static final double PANEL_WIDTH_EM = 16;
    /** How often the hip slider follows a running cycle. */
    private static final long SLIDER_FOLLOW_NANOS = 150_000_000L;
    private boolean syncing;
    private long lastSliderNanos;
    private int shownSnaps = -1;
    private double shownEnergy = -1;
    private double shownTightness = -1;
    private double shownTilt = -1;
    private Object shownMovement;
    private long shownPose = Long.MIN_VALUE;

    TendonControls(TendonModel model, TendonView view) {
        this.model = model;
        panel.setId("tendon-controls");

        panel.addTitle(Strings.get("tendon.panel.motion"));
        ToggleGroup motions = panel.addChoice(Strings.get("tendon.motion.label"), List.of(HipMotion.values()),
                m -> Strings.get("tendon.motion." + m.id()), model.motionProperty());
        for (Toggle t : motions.getToggles()) {
            ((Node) t).setId("motion-" + ((HipMotion) t.getUserData()).id());
        }
        model.motionProperty().addListener((o, a, b) -> view.captions().show(
                Strings.get("tendon.caption.motion." + b.id())));

        hipDeg.set(Math.toDegrees(model.hipAngleProperty().get()));
        LabeledSlider hipSlider = panel.addSlider(Strings.get("tendon.hipAngle"), Strings.get("tendon.hipAngle.help"),
                Math.toDegrees(TendonConstants.HIP_MIN_RAD), Math.toDegrees(TendonConstants.HIP_MAX_RAD), hipDeg,
                v -> Strings.format("tendon.degrees", HipCanvas.fmt0(v)));
        hipSlider.slider().setId("hip-angle-slider");
        hipSlider.setBlockIncrement(2);
        hipDeg.addListener((o, a, b) -> {
            if (!syncing) {
                model.holdAt(Math.toRadians(b.doubleValue()));
            }
        });

        panel.addTitle(Strings.get("tendon.panel.tendon"));
        sittingHours.set(TendonConstants.sittingHoursFromTightness(model.tightnessProperty().get()));
        LabeledSlider sitting = panel.addSlider(Strings.get("tendon.sitting"), Strings.get("tendon.sitting.help"),
                0, TendonConstants.SITTING_HOURS_FOR_FULL_TIGHTNESS, sittingHours,
                v -> Strings.format("tendon.sitting.value", TendonView.fmt1(v)));
        sitting.slider().setId("sitting-slider");
        sitting.setBlockIncrement(0.5);
        sittingHours.addListener((o, a, b) -> {
            if (!syncing) {
                model.tightnessProperty().set(TendonConstants.tightnessFromSittingHours(b.doubleValue()));
            }
        });
        model.tightnessProperty().addListener((o, a, b) -> sync(() ->
                sittingHours.set(TendonConstants.sittingHoursFromTightness(b.doubleValue()))));

        LabeledSlider tilt = panel.addSlider(Strings.get("tendon.tilt"), Strings.get("tendon.tilt.help"), 0, 1,
                model.pelvicTiltProperty(), v -> Strings.format("tendon.tilt.value",
                        HipCanvas.fmt0(Math.toDegrees(v * TendonConstants.MAX_EXTRA_TILT_RAD))));
        tilt.slider().setId("tilt-slider");
        LabeledSlider core = panel.addSlider(Strings.get("tendon.core"), Strings.get("tendon.core.help"), 0, 1,
                model.coreEngagementProperty(), v -> Strings.format("tendon.percent", HipCanvas.fmt0(v * 100)));
        core.slider().setId("core-slider");
        panel.addText(Strings.get("tendon.choices"));

        panel.addTitle(Strings.get("tendon.panel.snaps"));
        counter.setId("snap-counter");
        counter.getStyleClass().add("panel-title");
        panel.add(counter);
        for (Label l : new Label[] {last, pose, tension, folds}) {
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
            panel.add(l);
        }
        last.setId("last-snap");
        folds.setId("fold-angles");
        pose.setId("hip-pose");
        tension.setId("snap-threshold");

        panel.addTitle(Strings.get("tendon.panel.population"));
        population.setId("population-place");
        population.setWrapText(true);
        population.setMinHeight(Region.USE_PREF_SIZE);
        panel.add(population);
        place = new PopulationPlace(model, population::setText);

        JFXCheckBox labelBox = panel.addCheckBox(Strings.get("tendon.labels"), Strings.get("tendon.labels.help"), labels);
        labelBox.setId("labels-check");
        labels.addListener((o, a, b) -> view.setLabels(b));
        panel.addButton(Strings.get("tendon.export"), Strings.get("tendon.export.help"), view::chooseAndExport)
                .setId("export-csv");
        panel.addText(Strings.get("tendon.disclaimer"));

        scroller = new LiveScrollPane(panel);
        scroller.setFitToWidth(true);
        // a little wider at large text sizes, so wrapped labels and slider headers stay readable
        scroller.prefViewportWidthProperty().bind(Bindings.createDoubleBinding(
                () -> Math.max(PANEL_WIDTH_PX, PANEL_WIDTH_EM * Themes.fontPx()), Themes.fontPxProperty()));
        scroller.setMinWidth(280);
        scroller.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        refresh();
    }

    ScrollPane scroller() {
        return scroller;
    }

    boolean labelsShown() {
        return labels.get();
    }

    private void sync(Runnable r) {
        syncing = true;
        try {
            r.run();
        } finally {
            syncing = false;
        }
    }

    /** Brings the hip slider and the readouts up to date; called every frame, changes text only when needed. */
    void refresh() {
        boolean cycling = model.motionProperty().get().isCycle();
        double deg = Math.toDegrees(cycling ? model.hipAngleProperty().get() : model.targetAngleProperty().get());
        long now = System.nanoTime();
        // following a cycle, the slider moves a few times a second: moving it every frame re-lays out
        // and repaints the whole panel, which costs more than the simulation in software rendering
        if (Math.abs(deg - hipDeg.get()) > 1e-9 && (!cycling || now - lastSliderNanos > SLIDER_FOLLOW_NANOS)) {
            lastSliderNanos = now;
            sync(() -> hipDeg.set(deg));
        }
        int snaps = model.snapCountProperty().get();
        double energy = model.lastSnapEnergyProperty().get();
        if (snaps != shownSnaps || energy != shownEnergy) {
            shownSnaps = snaps;
            shownEnergy = energy;
            String text = Strings.format("tendon.counter", snaps);
            counter.setText(text);
            counter.setAccessibleText(text);
            last.setText(snaps == 0 ? Strings.get("tendon.last.none") : Strings.format("tendon.last",
                    TendonView.fmt1(energy * 1e3)));
        }
        double tightness = model.tightnessProperty().get();
        double tilt = model.effectiveTiltRad();
        Object movement = List.of(model.motionProperty().get(), model.cyclePeriodProperty().get());
        if (tightness != shownTightness || tilt != shownTilt || !movement.equals(shownMovement)) {
            shownTightness = tightness;
            shownTilt = tilt;
            shownMovement = movement;
            // the threshold of this movement at its speed, found by running the model (remembered there)
            double threshold = model.snapThreshold();
            String tensionNow = Strings.format("tendon.tension", TendonView.fmt2(tightness),
                    HipCanvas.fmt0(TendonConstants.tension(tightness)));
            tension.setText(tensionNow + " " + (Double.isNaN(threshold) ? Strings.get("tendon.threshold.never")
                    : Strings.format("tendon.threshold", TendonView.fmt2(threshold),
                    TendonView.fmt1(TendonConstants.sittingHoursFromTightness(threshold)))));
            FoldAnalysis a = model.analysis();
            folds.setText(a.snaps() ? Strings.format("tendon.folds", HipCanvas.fmt0(Math.toDegrees(a.flexingAngleRad())),
                    HipCanvas.fmt0(Math.toDegrees(a.extendingAngleRad())), HipCanvas.fmt0(Math.toDegrees(a.hysteresisRad())),
                    TendonView.fmt1(a.energyJ() * 1e3)) : Strings.get("tendon.folds.none"));
            place.show(TendonConstants.sittingHoursFromTightness(tightness));
        }
        long poseKey = Math.round(model.readout("abduction_deg")) * 1000 + Math.round(model.readout("externalRotation_deg"));
        if (poseKey != shownPose) {
            shownPose = poseKey;
            pose.setText(Strings.format("tendon.pose", HipCanvas.fmt0(model.readout("abduction_deg")),
                    HipCanvas.fmt0(model.readout("externalRotation_deg"))));
        }
    }

    /** Stops work started for this panel that would outlive the view (the population place). */
    void dispose() {
        place.cancel();
    }
}
