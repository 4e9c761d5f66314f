package org.crepituslab.framework;

import javafx.scene.layout.VBox;
import javafx.scene.layout.Region;
import javafx.scene.control.Label;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.BorderPane;

/**
 * A screen's view: draws its model and forwards input to it. Owns the screen's {@link SimClock}
 * and its caption bar. The standard layout is: the play area in the centre, the control panel on
 * the right, time controls and captions at the bottom.
 */
public abstract class ScreenView extends BorderPane {
    /** Largest share of the screen's width the control panel may take. */
    public static final double MAX_PANEL_SHARE = 0.4;

    private final SimModel model;
    private final SimClock clock;
    private final CaptionBar captions = new CaptionBar();
    private final List<Runnable> subscriptions = new ArrayList<>();
    private final List<Runnable> frameListeners = new ArrayList<>();
    private boolean presenting;
    private Node hiddenPanel;
    private Label storyText;
    private TimeControls timeControls;
    private Navigator navigator = new Navigator() {
        @Override
        public ScreenView open(String screenId) {
            return null;
        }

        @Override
        public void returnTo(String screenId) {
        }
    };

    protected ScreenView(SimModel model) {
        this.model = model;
        this.clock = new SimClock(model, dt -> {
            step(dt);
            frameListeners.forEach(Runnable::run);
        });
        getStyleClass().add("screen-view");
    }

    public SimModel model() {
        return model;
    }

    public SimClock clock() {
        return clock;
    }

    public CaptionBar captions() {
        return captions;
    }

    /** How this view opens other screens; set by the shell. */
    public Navigator navigator() {
        return navigator;
    }

    public void setNavigator(Navigator navigator) {
        this.navigator = navigator;
    }

    /** Null for screens without time. */
    public TimeControls timeControls() {
        return timeControls;
    }

    /** True for screens whose number keys mean something (quiz answers), so 1–9 do not switch screens. */
    public boolean usesDigitKeys() {
        return false;
    }

    /**
     * The regions a presenter needs on screen without scrolling (the drawing, a graph, the key
     * readouts); layout-check verifies them at projector sizes. Default: none beyond the captions.
     */
    public List<Node> keyRegions() {
        return List.of();
    }

    /**
     * Presenting: the control panel steps aside and the time controls shrink to one row, so the
     * drawing, a graph and the story fit a projector's window (1024×768 at 200 % text); screens may
     * rearrange more in {@link #onPresenting}. Leaving brings everything back.
     */
    public final void setPresenting(boolean on) {
        if (on == presenting) {
            return;
        }
        presenting = on;
        if (on && model.isAnimated()) {
            // a simulation's controls step aside (the story drives it); a page such as Learn keeps its own
            hiddenPanel = getRight();
            setRight(null);
            if (getScene() != null && getScene().getFocusOwner() != null && getScene().getFocusOwner().getScene() == null) {
                requestFocus(); // keys (Esc, the arrows) must still reach the app
            }
        } else if (!on && hiddenPanel != null) {
            setRight(hiddenPanel);
            hiddenPanel = null;
        }
        if (timeControls != null) {
            timeControls.setCompact(on);
        }
        onPresenting(on);
    }

    public boolean isPresenting() {
        return presenting;
    }

    /**
     * A presented story's words for the current step: shown in a strip above the simulation (at most
     * three lines), or removed with null. Screens that narrate in their own panel override this.
     */
    public void showStoryText(String text) {
        if (text == null || text.isBlank()) {
            setTop(null);
            return;
        }
        if (storyText == null) {
            storyText = new Label();
            storyText.setWrapText(true);
            storyText.setId("story-text");
            storyText.getStyleClass().addAll("story-text", "body-text");
            storyText.setMaxWidth(Double.MAX_VALUE);
            storyText.setMinHeight(Region.USE_PREF_SIZE);
        }
        storyText.setText(text);
        setTop(storyText);
    }

    /**
     * A bar across the top of the screen for a visitor from elsewhere in the app (a quiz task's live
     * checklist and its way back), or null to remove it. The story's words use the same place.
     */
    public void showGuide(Node guide) {
        setTop(guide);
    }

    /**
     * Records what the graphs show at this instant, without drawing: called while a story sets its
     * scene up or snapshot runs time ahead, so the graphs show the way there.
     */
    public void recordSample() {
    }

    /** A screen's own rearrangement for presenting (fewer graphs, larger drawing). */
    protected void onPresenting(boolean on) {
    }

    /** Runs after every frame's step (a presented story watches for the end of its step). */
    public void addFrameListener(Runnable listener) {
        frameListeners.add(listener);
    }

    /**
     * A presented story has just set the model up for one of its steps (by resetting and replaying):
     * forget what the view kept of earlier states (graph history). Default: as after Reset All.
     */
    public void storyStepShown(String stepId) {
        onReset();
    }

    /** Called every frame after the model stepped by dt (0 when paused): redraw here. */
    public void step(double dt) {
    }

    /** Reset All: the model and everything the view remembers (graphs, counters). */
    public void resetAll() {
        model.reset();
        onReset();
        step(0);
    }

    /** Lets the view clear what it keeps itself (graph history, captions). */
    protected void onReset() {
    }

    /** Lays out the standard arrangement; bottom gets time controls when the model is animated. */
    protected void layoutStandard(Node playArea, Node controls) {
        // never wider than the window, whatever the text size: the play area gives way (it
        // scrolls or scales) and the control panel takes at most 40 % of the width
        setMinSize(0, 0);
        if (playArea instanceof Region r) {
            r.setMinWidth(0);
        }
        setCenter(playArea);
        if (controls != null) {
            if (controls instanceof Region c) {
                c.setMinWidth(0);
                c.maxWidthProperty().bind(widthProperty().multiply(MAX_PANEL_SHARE));
            }
            setRight(controls);
        }
        VBox bottom = new VBox();
        if (model.isAnimated()) {
            timeControls = new TimeControls(clock, this::resetAll);
            bottom.getChildren().add(timeControls);
        }
        bottom.getChildren().add(captions);
        setBottom(bottom);
    }

    /** Keeps a listener handle (from an Emitter) to remove when the view is disposed. */
    protected void keep(Runnable unsubscribe) {
        subscriptions.add(unsubscribe);
    }

    public void onShown() {
        if (model.isAnimated()) {
            clock.start();
        }
    }

    public void onHidden() {
        clock.stop();
    }

    /** Stops the clock and removes every model listener so the view can be collected. */
    public void dispose() {
        onHidden();
        subscriptions.forEach(Runnable::run);
        subscriptions.clear();
    }
}
