package org.crepituslab.framework;

import java.util.List;

/**
 * A story being presented: a fresh model and view of the screen (the user's own stay untouched,
 * to come back to when presenting ends), walked step by step. Each step sets up the state it
 * narrates and plays or holds it, and the caption says the step's words.
 */
public final class StoryRun<M extends SimModel> {
    private final M model;
    private final ScreenView view;
    private final List<StoryStep<M>> steps;
    private int index = -1;

    public StoryRun(M model, ScreenView view, List<StoryStep<M>> steps) {
        this.model = model;
        this.view = view;
        this.steps = List.copyOf(steps);
        view.addFrameListener(this::holdAtTheStepsEnd);
    }

    /** Pauses a playing step once the state it narrates is over (its pause condition holds). */
    private void holdAtTheStepsEnd() {
        if (index >= 0 && current().pauseWhen() != null && view.clock().playingProperty().get()
                && current().pauseWhen().holds(model)) {
            view.clock().playingProperty().set(false);
        }
    }

    public ScreenView view() {
        return view;
    }

    public int size() {
        return steps.size();
    }

    public int index() {
        return index;
    }

    public StoryStep<M> current() {
        return steps.get(index);
    }

    /** Shows step i (clamped): sets up its state, plays or holds it, and captions its words. */
    public void show(int i) {
        index = Math.max(0, Math.min(steps.size() - 1, i));
        StoryStep<M> step = steps.get(index);
        view.clock().playingProperty().set(false);
        view.storyStepShown(step.id());
        StoryStep.observing(view::recordSample, () -> StoryStep.setUp(model, steps, index));
        view.step(0);
        view.captions().show(Strings.format("story.progress", index + 1, steps.size(), Strings.get(step.titleKey())));
        view.showStoryText(Strings.get(step.textKey()));
        view.clock().playingProperty().set(step.plays() && (step.pauseWhen() == null || !step.pauseWhen().holds(model)));
    }
}
