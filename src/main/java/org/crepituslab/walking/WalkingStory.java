package org.crepituslab.walking;

import static org.crepituslab.framework.Expect.atLeast;
import static org.crepituslab.framework.Expect.atMost;
import static org.crepituslab.framework.Expect.equalTo;

import java.util.List;
import java.util.function.Consumer;
import org.crepituslab.framework.Expect;
import org.crepituslab.framework.StoryStep;
import org.crepituslab.walking.model.FixProgramme;
import org.crepituslab.walking.model.WalkingModel;

/**
 * The walking story as scenes: normal walking → long sitting → tilt and snap → a random pop vs a
 * click in the same spot → what helps → when to see someone. Each scene sets the causes through the
 * model's parameters and walks until what the words describe has happened; a test checks the claims.
 */
final class WalkingStory {
    private static final double DT = 0.02;
    /** Long enough for a weak-core walk to give a pop (a few minutes of walking at most). */
    private static final double MAX_WAIT_S = 900;
    /** Weeks of core training and stretching in the "what helps" scene. */
    private static final double TRAINING_WEEKS = 12;
    private static final int STRUCTURAL_LEVEL = 4;

    private WalkingStory() {
    }

    static List<StoryStep<WalkingModel>> steps() {
        return List.of(
                step("normal", m -> StoryStep.runUntil(m, atLeast("steps", 2), DT, 10), true,
                        List.of(equalTo("snaps", 0), equalTo("clicks", 0), atLeast("steps", 2))),
                step("sitting", m -> m.setParameter("hipFlexorTightness", 0.9), true,
                        List.of(atLeast("hipFlexorTightness", 0.9))),
                step("snap", m -> StoryStep.runUntil(m, atLeast("snaps", 1), DT, 10), true,
                        List.of(atLeast("snaps", 1), atLeast("hipFlexorTightness", 0.9))),
                step("pop", m -> {
                    m.setParameter("core", 0);
                    StoryStep.runUntil(m, atLeast("pops", 1), DT, MAX_WAIT_S);
                }, true, List.of(atLeast("pops", 1), equalTo("clicks", 0))),
                step("click", m -> {
                    m.setParameter("structuralLevel", STRUCTURAL_LEVEL);
                    StoryStep.runUntil(m, atLeast("clicks", 3), DT, 10);
                }, true, List.of(atLeast("clicks", 3), equalTo("structuralLevel", STRUCTURAL_LEVEL))),
                step("help", m -> m.setCauses(FixProgramme.after(m.causes(), TRAINING_WEEKS)), true,
                        List.of(atLeast("core", 0.8), atMost("hipFlexorTightness", 0.25),
                                equalTo("structuralLevel", STRUCTURAL_LEVEL))),
                step("professional", m -> { }, true, List.of(equalTo("structuralLevel", STRUCTURAL_LEVEL))));
    }

    private static StoryStep<WalkingModel> step(String stage, Consumer<WalkingModel> scene, boolean plays,
            List<Expect> claims) {
        return new StoryStep<>(stage, "walking.stage." + stage, "walking.stage." + stage + ".text", scene, plays, claims);
    }
}
