package org.crepituslab.framework;

import java.util.List;
import java.util.function.Consumer;

/**
 * One step of a screen's story: a scene that puts the model into the state the step narrates, the
 * words (by string key), whether the simulation plays during the step, and what the words claim
 * about the model. Scenes are applied in order from a reset model, each continuing from the last,
 * so going back a step replays the story up to it and always lands in the same state.
 *
 * @param id       stable id, used by the {@code story} command ("rest", "pop", ...)
 * @param titleKey string key of the step's short title
 * @param textKey  string key of the narration
 * @param scene    drives the model from the previous step's state into this step's state
 * @param plays    whether the simulation runs while the step is shown (false: a still picture)
 * @param claims   what the narration says about the model, checked by a test
 * @param pauseWhen while playing, the simulation pauses as soon as this holds (so a step never plays on
 *                 into the next step's state), or null
 */
public record StoryStep<M extends SimModel>(String id, String titleKey, String textKey, Consumer<M> scene,
        boolean plays, List<Expect> claims, Expect pauseWhen) {
    public StoryStep {
        claims = List.copyOf(claims);
    }

    /** A step that plays (or holds) without a pause condition. */
    public StoryStep(String id, String titleKey, String textKey, Consumer<M> scene, boolean plays, List<Expect> claims) {
        this(id, titleKey, textKey, scene, plays, claims, null);
    }

    /** Told after each small step while a scene runs (a presented story's graphs record the way there). */
    private static final ThreadLocal<Runnable> OBSERVER = new ThreadLocal<>();

    /** Runs the body with an observer told after each small step of {@link #runUntil}. */
    public static void observing(Runnable observer, Runnable body) {
        OBSERVER.set(observer);
        try {
            body.run();
        } finally {
            OBSERVER.remove();
        }
    }

    /** Steps the model in small steps until the condition holds or the time runs out; returns whether it held. */
    public static <M extends SimModel> boolean runUntil(M model, Expect condition, double dt, double maxSeconds) {
        Runnable observer = OBSERVER.get();
        for (double t = 0; t < maxSeconds; t += dt) {
            if (condition.holds(model)) {
                return true;
            }
            model.step(dt);
            if (observer != null) {
                observer.run();
            }
        }
        return condition.holds(model);
    }

    /** Resets the model and applies the scenes of steps 0..index in order. */
    public static <M extends SimModel> void setUp(M model, List<StoryStep<M>> story, int index) {
        model.reset();
        for (int i = 0; i <= index && i < story.size(); i++) {
            story.get(i).scene().accept(model);
        }
    }
}
