package org.crepituslab.framework;

import javafx.scene.Node;
import javafx.geometry.Pos;
import java.util.List;
import com.jfoenix.controls.JFXButton;
import com.jfoenix.controls.JFXRadioButton;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;

/**
 * Play/pause, single step, speed, and Reset All, bound to a {@link SimClock}. A flow pane of
 * groups, so that with large text (presenting, 200 %) or long words it wraps instead of pushing
 * the whole screen wider than the window.
 */
public final class TimeControls extends FlowPane {
    private final JFXButton playPause;
    private final JFXButton step;
    private final JFXButton resetAll;
    private final HBox extras = new HBox(8);
    private final HBox speedBox;

    public TimeControls(SimClock clock, Runnable resetAction) {
        getStyleClass().add("time-controls");
        playPause = ControlPanel.button("", Strings.get("time.play.help"), () ->
                clock.playingProperty().set(!clock.playingProperty().get()));
        playPause.getStyleClass().addAll("primary-button", "play-button");
        playPause.setId("play-pause");
        Runnable updatePlay = () -> {
            String label = Strings.get(clock.playingProperty().get() ? "time.pause" : "time.play");
            playPause.setText(label);
            playPause.setAccessibleText(label);
        };
        clock.playingProperty().addListener((o, a, b) -> updatePlay.run());
        updatePlay.run();

        step = ControlPanel.button(Strings.get("time.step"), Strings.get("time.step.help"), clock::stepOnce);
        step.getStyleClass().add("secondary-button");
        step.setId("step");
        step.disableProperty().bind(clock.playingProperty());

        Label speedLabel = new Label(Strings.get("time.speed"));
        ToggleGroup speeds = new ToggleGroup();
        HBox speedBox = new HBox(6, speedLabel);
        speedBox.setAlignment(Pos.CENTER_LEFT);
        for (TimeSpeed s : TimeSpeed.values()) {
            JFXRadioButton rb = new JFXRadioButton(s.label());
            rb.setToggleGroup(speeds);
            rb.setUserData(s);
            rb.setAccessibleText(Strings.get("time.speed") + " " + s.label());
            rb.setAccessibleHelp(Strings.get("time.speed.help"));
            rb.setSelected(s.factor() == clock.speedProperty().get());
            rb.setOnAction(e -> clock.speedProperty().set(s.factor()));
            speedBox.getChildren().add(rb);
        }
        clock.speedProperty().addListener((o, a, b) -> speeds.getToggles().forEach(t ->
                t.setSelected(((TimeSpeed) t.getUserData()).factor() == b.doubleValue())));

        resetAll = ControlPanel.button(Strings.get("time.reset"), Strings.get("time.reset.help"), resetAction);
        resetAll.getStyleClass().add("secondary-button");
        resetAll.setId("reset-all");

        extras.setAlignment(Pos.CENTER_LEFT);
        setHgap(12);
        setVgap(6);
        setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(playPause, step, speedBox, extras, resetAll);
        this.speedBox = speedBox;
    }

    /**
     * Compact (presenting): only Play/Pause, Step and Reset All, one row even at 200 % text; the
     * story's steps set the speeds themselves. Not compact: every control.
     */
    public void setCompact(boolean compact) {
        for (Node n : List.of(speedBox, extras)) {
            n.setVisible(!compact);
            n.setManaged(!compact);
        }
    }

    /** A place for a screen's own time controls (e.g. time acceleration, replay). */
    public HBox extras() {
        return extras;
    }
}
