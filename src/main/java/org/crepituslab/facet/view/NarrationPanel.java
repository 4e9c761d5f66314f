package org.crepituslab.facet.view;

import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.crepituslab.facet.model.NoPopReason;
import org.crepituslab.facet.model.Stage;
import org.crepituslab.framework.Strings;

/**
 * Tells the story of the joint as it happens: the six stages as a row of steps with the current
 * one highlighted, a short explanation of it, and during the refractory period a countdown in
 * simulated minutes and the reason a stretch would not pop now.
 */
final class NarrationPanel extends VBox {
    private final Label[] steps = new Label[Stage.values().length];
    private final Label text = new Label();
    private final Label countdown = new Label();
    private final Label reason = new Label();
    private Stage shown;
    private Label title;
    private FlowPane row;
    private boolean compact;

    NarrationPanel() {
        getStyleClass().addAll("panel", "facet-narration");
        setId("facet-narration");
        setSpacing(6);
        Label title = new Label(Strings.get("facet.stage.title"));
        title.getStyleClass().add("panel-title");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        FlowPane row = new FlowPane(4, 4);
        for (Stage s : Stage.values()) {
            Label step = new Label(Strings.get("facet.stage." + s.id()));
            step.getStyleClass().add("facet-step");
            step.setId("facet-step-" + s.id());
            steps[s.ordinal()] = step;
            row.getChildren().add(step);
        }
        text.setWrapText(true);
        text.setId("facet-stage-text");
        text.getStyleClass().add("body-text");
        text.setMinHeight(Region.USE_PREF_SIZE);
        countdown.setId("facet-countdown");
        countdown.getStyleClass().add("facet-countdown");
        countdown.setWrapText(true);
        countdown.setMinHeight(Region.USE_PREF_SIZE);
        reason.setId("facet-reason");
        reason.setWrapText(true);
        reason.getStyleClass().add("muted");
        reason.setMinHeight(Region.USE_PREF_SIZE);
        getChildren().addAll(title, row, text, countdown, reason);
        this.title = title;
        this.row = row;
        setAccessibleRole(AccessibleRole.TEXT);
    }

    /**
     * Presenting: the story's words run across the top of the screen and say why a stretch does not
     * pop now, so only the countdown stays here (the title, the row of stages, the text and the
     * reason step aside).
     */
    void setCompact(boolean compact) {
        this.compact = compact;
        // no panel frame around a lone countdown: its padding would cost the gauge above a line
        if (compact) {
            getStyleClass().remove("panel");
        } else if (!getStyleClass().contains("panel")) {
            getStyleClass().add(0, "panel");
        }
        for (Region r : new Region[] {title, row, text}) {
            r.setVisible(!compact);
            r.setManaged(!compact);
        }
        showReason(!reason.getText().isEmpty());
    }

    private void showReason(boolean on) {
        reason.setVisible(on && !compact);
        reason.setManaged(on && !compact);
    }

    /** The refractory countdown while it runs, else null: the key readout of a presented refractory period. */
    Label countdownIfShown() {
        return countdown.getText() == null || countdown.getText().isBlank() || !countdown.isVisible() ? null : countdown;
    }

    /** Shows the stage; during the refractory period also the minutes left and why, with the leftover bubble's size. */
    void update(Stage stage, double remainingSeconds, NoPopReason why, double bubbleRadius) {
        if (stage != shown) {
            shown = stage;
            for (Stage s : Stage.values()) {
                Label l = steps[s.ordinal()];
                l.getStyleClass().remove("facet-step-current");
                if (s == stage) {
                    l.getStyleClass().add("facet-step-current");
                }
            }
            text.setText(Strings.get("facet.stage." + stage.id() + ".text"));
            setAccessibleText(Strings.format("facet.stage.progress", stage.ordinal() + 1, Stage.values().length,
                    Strings.get("facet.stage." + stage.id())) + ". " + text.getText());
            notifyAccessibleAttributeChanged(AccessibleAttribute.TEXT);
        }
        boolean refractory = stage == Stage.REFRACTORY && remainingSeconds > 0;
        String minutes = Double.isInfinite(remainingSeconds) ? "\u221e"
                : String.format(Strings.locale(), "%.1f", remainingSeconds / 60);
        countdown.setText(refractory
                ? Strings.format(compact ? "facet.stage.countdown.short" : "facet.stage.countdown", minutes) : "");
        countdown.setVisible(refractory);
        countdown.setManaged(refractory);
        boolean showReason = stage == Stage.REFRACTORY && why != null;
        // the leftover bubble's size goes with the reason it blocks a pop (a MessageFormat key either way)
        reason.setText(showReason ? Strings.format("facet.stage.reason." + why.id(),
                String.format(Strings.locale(), "%.2f", 2 * bubbleRadius * 1e3)) : "");
        showReason(showReason);
    }

    Stage shownStage() {
        return shown;
    }

    String countdownText() {
        return countdown.getText();
    }
}
