package org.crepituslab.grinding.view;

import com.jfoenix.controls.JFXButton;
import com.jfoenix.controls.JFXCheckBox;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.apache.commons.csv.CSVPrinter;
import org.crepituslab.framework.io.AtomicFiles;
import org.crepituslab.framework.ControlPanel;
import org.crepituslab.framework.LabeledSlider;
import org.crepituslab.framework.LiveScrollPane;
import org.crepituslab.framework.Strings;
import org.crepituslab.framework.Themes;
import org.crepituslab.framework.UserDirs;
import org.crepituslab.grinding.io.GrindingCsv;
import org.crepituslab.grinding.model.FrictionHistory;
import org.crepituslab.grinding.model.GrindEvent;
import org.crepituslab.grinding.model.GrindingConstants;
import org.crepituslab.grinding.model.GrindingModel;
import org.crepituslab.grinding.model.WearStage;

/**
 * The grinding screen's control panel: wear (with the seeds' stage words), bone spurs, labels,
 * live measurements, sound, export. Built with {@link ControlPanel}; every control has an
 * accessible name and help and works from the keyboard.
 */
final class GrindingControls {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final GrindingModel model;
    private final GrindingView view;
    private final ScrollPane node;
    private final BooleanProperty labels = new SimpleBooleanProperty(true);
    private final Label stageLabel = new Label();
    private final Label stageText = new Label();
    private final Label friction = new Label();
    private final Label fluid = new Label();
    private final Label cartilage = new Label();
    private final Label slips = new Label();
    private final Label catches = new Label();
    private final LabeledSlider wear;
    private final LabeledSlider spurs;

    GrindingControls(GrindingModel model, GrindingView view) {
        this.model = model;
        this.view = view;
        ControlPanel panel = new ControlPanel();
        panel.setId("grinding-controls");

        panel.addTitle(Strings.get("grinding.joint.title"));
        wear = panel.addSlider(Strings.get("grinding.wear"), Strings.get("grinding.wear.help"), 0, 1,
                model.wearProperty(), v -> String.format(Strings.locale(), "%.2f", v));
        wear.setId("grinding-wear");
        wear.setBlockIncrement(0.05);
        panel.add(scale());
        stageLabel.getStyleClass().add("verdict-heading");
        stageLabel.setId("grinding-stage");
        wrap(stageLabel);
        stageText.getStyleClass().add("muted");
        wrap(stageText);
        panel.add(stageLabel);
        panel.add(stageText);
        panel.add(notice());

        panel.addTitle(Strings.get("grinding.spurs.title"));
        spurs = panel.addSlider(Strings.get("grinding.spurs"), Strings.get("grinding.spurs.help"), 0,
                GrindingConstants.MAX_SPURS, model.spursProperty(),
                v -> Strings.format("grinding.spurs.value", Math.round(v)));
        spurs.setId("grinding-spurs");
        spurs.slider().setMajorTickUnit(1);
        spurs.slider().setMinorTickCount(0);
        spurs.slider().setSnapToTicks(true);
        spurs.setBlockIncrement(1);
        LabeledSlider size = panel.addSlider(Strings.get("grinding.spurSize"), Strings.get("grinding.spurSize.help"),
                GrindingConstants.MIN_SPUR_SIZE_M, GrindingConstants.MAX_SPUR_SIZE_M, model.spurSizeProperty(),
                v -> String.format(Strings.locale(), "%.1f %s", v * 1e3, Strings.get("unit.mm")));
        size.setId("grinding-spur-size");
        size.setBlockIncrement(0.25e-3);
        panel.addCheckBox(Strings.get("grinding.spurs.follow"), Strings.get("grinding.spurs.follow.help"),
                model.spursFollowWearProperty()).setId("grinding-spurs-follow");

        panel.addTitle(Strings.get("grinding.show.title"));
        JFXCheckBox labelBox = panel.addCheckBox(Strings.get("grinding.labels"), Strings.get("grinding.labels.help"),
                labels);
        labelBox.setId("grinding-labels");
        labels.addListener((o, a, b) -> view.joint().setLabelsShown(b));

        panel.addTitle(Strings.get("grinding.readouts.title"));
        for (Label l : List.of(friction, fluid, cartilage, slips, catches)) {
            wrap(l);
            l.setAccessibleRole(AccessibleRole.TEXT);
            panel.add(l);
        }
        friction.setId("grinding-readout-friction");
        slips.setId("grinding-readout-slips");
        catches.setId("grinding-readout-catches");

        panel.addTitle(Strings.get("grinding.sound.title"));
        JFXButton listen = panel.addButton(Strings.get("grinding.listen"), Strings.get("grinding.listen.help"),
                view::listen);
        listen.setId("grinding-listen");
        JFXButton pop = panel.addButton(Strings.get("grinding.listenPop"), Strings.get("grinding.listenPop.help"),
                view::listenPop);
        pop.setId("grinding-listen-pop");
        for (JFXButton b : List.of(listen, pop)) {
            b.setWrapText(true);
            b.setMinHeight(Region.USE_PREF_SIZE);
        }

        JFXButton export = panel.addButton(Strings.get("grinding.export"), Strings.get("grinding.export.help"),
                this::export);
        export.setId("grinding-export");
        JFXButton fresh = panel.addButton(Strings.get("grinding.newSurface"), Strings.get("grinding.newSurface.help"),
                view::newSurface);
        fresh.setId("grinding-new-surface");
        fresh.setWrapText(true);

        node = new LiveScrollPane(panel);
        node.setFitToWidth(true);
        // wider with larger text (font preference up to 200 %), so the panel stays readable
        node.prefViewportWidthProperty().bind(Bindings.createDoubleBinding(
                () -> 250 + 6.2 * Themes.fontPx(),
                Themes.fontPxProperty()));
        node.setMinWidth(280);
        node.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        node.setId("grinding-panel");
        update();
    }

    Node node() {
        return node;
    }

    LabeledSlider wearSlider() {
        return wear;
    }

    LabeledSlider spursSlider() {
        return spurs;
    }

    /** The seeds' words for the wear scale, left to right; one wrapping line so no size clips it. */
    private static Node scale() {
        Label words = new Label(Strings.get("grinding.wear.scale"));
        words.getStyleClass().add("muted");
        wrap(words);
        words.setId("grinding-wear-scale");
        return words;
    }

    private static Node notice() {
        Label title = new Label(Strings.get("grinding.notice.title"));
        title.getStyleClass().add("notice-title");
        Label body = new Label(Strings.get("grinding.notice"));
        wrap(title);
        wrap(body);
        VBox box = new VBox(4, title, body);
        box.getStyleClass().add("notice");
        box.setId("grinding-notice");
        return box;
    }

    private static void wrap(Label l) {
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
    }

    /** Refreshes the stage words and the measurements; texts only change when their values do. */
    void update() {
        WearStage stage = model.stage();
        set(stageLabel, Strings.format("grinding.stage", Strings.get("grinding.stage." + stage.key())));
        set(stageText, Strings.get("grinding.stage." + stage.key() + ".text"));
        set(friction, Strings.format("grinding.readout.friction",
                String.format(Strings.locale(), "%.3f", model.meanFrictionProperty().get())));
        set(fluid, Strings.format("grinding.readout.fluid", Math.round(model.fluidLoadFraction() * 100)));
        set(cartilage, Strings.format("grinding.readout.cartilage", JointCanvas.mm(model.cartilageThickness())));
        double now = model.time();
        long recent = model.eventLog().between(now - 1, now).stream()
                .filter(e -> e.kind() == GrindEvent.Kind.SLIP).count();
        set(slips, Strings.format("grinding.readout.slips", model.slipsProperty().get(), recent));
        set(catches, Strings.format("grinding.readout.catches", model.catchesProperty().get()));
    }

    private static void set(Label l, String text) {
        if (!text.equals(l.getText())) {
            l.setText(text);
            l.setAccessibleText(text);
        }
    }

    /** Saves the kept friction history and events next to the user's other Crepitus Lab files. */
    void export() {
        Path dir = UserDirs.dataDir().resolve("exports");
        String stamp = LocalDateTime.now().format(STAMP);
        Path frictionFile = dir.resolve("grinding-" + stamp + ".csv");
        Path eventsFile = dir.resolve("grinding-" + stamp + "-events.csv");
        try {
            StringWriter f = new StringWriter();
            try (CSVPrinter csv = GrindingCsv.frictionPrinter(f)) {
                FrictionHistory h = model.history();
                for (int i = 0; i < h.size(); i++) {
                    GrindingCsv.writeSample(csv, h.get(i));
                }
            }
            StringWriter e = new StringWriter();
            try (CSVPrinter csv = GrindingCsv.eventsPrinter(e)) {
                for (GrindEvent ev : model.eventLog().all()) {
                    GrindingCsv.writeEvent(csv, ev);
                }
            }
            AtomicFiles.write(frictionFile, f.toString().getBytes(StandardCharsets.UTF_8));
            AtomicFiles.write(eventsFile, e.toString().getBytes(StandardCharsets.UTF_8));
            view.captions().show(Strings.format("grinding.export.done", frictionFile, eventsFile.getFileName()));
        } catch (IOException | RuntimeException ex) {
            view.captions().show(Strings.format("grinding.export.failed", ex.getMessage()));
        }
    }
}
