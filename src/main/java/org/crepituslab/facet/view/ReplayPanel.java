package org.crepituslab.facet.view;

import com.jfoenix.controls.JFXButton;
import javafx.animation.AnimationTimer;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.crepituslab.facet.model.PopTrace;
import org.crepituslab.facet.model.SoundExplanation;
import org.crepituslab.framework.ControlPanel;
import org.crepituslab.framework.Strings;

/**
 * The instant replay: the last pop's few milliseconds played back {@value #SLOWDOWN} times slower,
 * in real time (independent of the simulation clock, which may be paused), with its graph.
 */
final class ReplayPanel extends VBox {
    /** How many times slower than real the replay runs. */
    static final double SLOWDOWN = 1000;

    private final ReplayCanvas canvas = new ReplayCanvas();
    private final AnimationTimer timer = new AnimationTimer() {
        private long last = -1;

        @Override
        public void start() {
            last = -1;
            super.start();
        }

        @Override
        public void handle(long now) {
            double dt = last < 0 ? 0 : Math.min(0.1, (now - last) / 1e9);
            last = now;
            advance(dt);
        }
    };
    private PopTrace trace;
    private SoundExplanation explanation = SoundExplanation.PARTIAL_COLLAPSE;
    private double time;
    private boolean playing;

    ReplayPanel(Runnable close, Runnable export) {
        getStyleClass().add("facet-replay");
        setId("facet-replay");
        Label title = new Label(Strings.format("facet.replay.title", (long) SLOWDOWN));
        title.getStyleClass().add("panel-title");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        Label help = new Label(Strings.get("facet.replay.help"));
        help.getStyleClass().add("muted");
        help.setWrapText(true);
        help.setMinHeight(Region.USE_PREF_SIZE);
        JFXButton again = ControlPanel.button(Strings.get("facet.replay.again"), Strings.get("facet.replay.again.help"),
                this::restart);
        again.getStyleClass().add("secondary-button");
        again.setId("facet-replay-again");
        JFXButton exportButton = ControlPanel.button(Strings.get("facet.replay.export"),
                Strings.get("facet.replay.export.help"), export);
        exportButton.getStyleClass().add("secondary-button");
        exportButton.setId("facet-replay-export");
        JFXButton closeButton = ControlPanel.button(Strings.get("facet.replay.close"), Strings.get("facet.replay.close.help"),
                close);
        closeButton.getStyleClass().add("primary-button");
        closeButton.setId("facet-replay-close");
        FlowPane buttons = new FlowPane(8, 6, again, exportButton, closeButton);
        VBox.setVgrow(canvas, Priority.ALWAYS);
        getChildren().addAll(title, help, canvas, buttons);
    }

    /** Starts replaying a pop from its beginning. */
    void play(PopTrace pop, SoundExplanation heard) {
        trace = pop;
        explanation = heard;
        restart();
    }

    private void restart() {
        time = 0;
        playing = true;
        canvas.show(trace, time, explanation);
        timer.start();
    }

    void setExplanation(SoundExplanation heard) {
        explanation = heard;
        canvas.show(trace, time, explanation);
    }

    /** Moves the replay on by real seconds (the timer calls this; tests may too). */
    void advance(double realSeconds) {
        if (trace == null || !playing) {
            return;
        }
        time = Math.min(trace.duration(), time + realSeconds / SLOWDOWN);
        if (time >= trace.duration()) {
            playing = false;
            timer.stop();
        }
        canvas.show(trace, time, explanation);
    }

    void stop() {
        playing = false;
        timer.stop();
    }

    boolean isPlaying() {
        return playing;
    }
}
