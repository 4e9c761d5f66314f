package org.crepituslab.facet.view;

import com.jfoenix.controls.JFXButton;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleGroup;
import org.crepituslab.facet.model.FacetConstants;
import org.crepituslab.facet.model.JointModel;
import org.crepituslab.facet.model.SoundExplanation;
import org.crepituslab.framework.ControlPanel;
import org.crepituslab.framework.LiveScrollPane;
import org.crepituslab.framework.Strings;
import org.crepituslab.framework.Themes;

/**
 * The facet screen's control panel, top to bottom: the joint (stretch, pull, amount, speed), the
 * explanation of the sound, the last pop (replay, play, save) and the graphs' export, what is
 * shown, and the advanced threshold. The controls bind to the model's properties; the buttons
 * forward to the screen's actions.
 */
final class FacetControls {
    private FacetControls() {
    }

    /** The panel in a scroll pane about a fifth of the screen wide ({@code screenWidth}). */
    static ScrollPane create(JointModel model, StretchInput input, PopPlayback playback, FacetFiles files,
                             ExplanationText explanationText, BooleanProperty labelsVisible,
                             ReadOnlyDoubleProperty screenWidth) {
        ControlPanel panel = new ControlPanel();
        panel.setId("facet-controls");
        panel.addTitle(Strings.get("facet.controls.joint"));
        JFXButton stretchButton = panel.addButton(Strings.get("facet.controls.stretch"),
                Strings.get("facet.controls.stretch.help"), input::stretch);
        stretchButton.setId("facet-stretch");
        stretchButton.getStyleClass().setAll("button", "jfx-button", "primary-button");
        var pull = panel.addSlider(Strings.get("facet.controls.pull"), Strings.get("facet.controls.pull.help"), 0,
                FacetConstants.MAX_STRETCH, model.requestedPullProperty(), v -> Strings.format("facet.unit.mm", JointCanvas.mm(v)));
        pull.setId("facet-pull");
        pull.slider().valueChangingProperty().addListener((o, a, b) -> {
            if (b) {
                input.normalTimeForStretch();
            }
        });
        pull.slider().setOnMousePressed(e -> input.normalTimeForStretch());
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
        explanations.getToggles().forEach(t -> ((Node) t).setId("facet-explanation-"
                + ((SoundExplanation) t.getUserData()).id()));
        panel.add(explanationText);
        panel.add(explanationText.loudness());

        panel.addTitle(Strings.get("facet.controls.pop"));
        JFXButton replayButton = panel.addButton(Strings.get("facet.controls.replay"),
                Strings.get("facet.controls.replay.help"), playback::startReplay);
        replayButton.setId("facet-replay-button");
        JFXButton play = panel.addButton(Strings.get("facet.controls.play"), Strings.get("facet.controls.play.help"),
                playback::playLastPop);
        play.setId("facet-play");
        JFXButton wav = panel.addButton(Strings.get("facet.controls.saveWav"), Strings.get("facet.controls.saveWav.help"),
                files::saveWavWithChooser);
        wav.setId("facet-save-wav");
        for (JFXButton b : List.of(replayButton, play, wav)) {
            b.disableProperty().bind(model.lastPopProperty().isNull());
        }
        panel.addButton(Strings.get("facet.controls.exportCsv"), Strings.get("facet.controls.exportCsv.help"),
                files::exportGraphsWithChooser).setId("facet-export-csv");

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
                screenWidth.multiply(0.3)));
        scroll.setMinWidth(240);
        return scroll;
    }
}
