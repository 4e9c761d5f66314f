package org.crepituslab.walking;

import static org.crepituslab.framework.Expect.above;
import static org.crepituslab.framework.Expect.atLeast;
import static org.crepituslab.framework.Expect.atMost;
import static org.crepituslab.framework.Expect.equalTo;

import java.util.List;
import java.util.function.Consumer;
import org.crepituslab.framework.Expect;
import org.crepituslab.framework.StoryStep;
import org.crepituslab.walking.model.Causes;
import org.crepituslab.walking.model.WalkingModel;

/**
 * The walking story as scenes: normal walking → long sitting → tilt and snap → a random pop vs a
 * click in the same spot → what helps → when to see someone. Each scene sets the causes it narrates
 * through the model's parameters (whatever came before) and walks until what the words describe
 * has happened; a test checks the claims, counted per 100 strides where the words speak of rates.
 */
final class WalkingStory {
    private static final double DT = 0.02;
    /** Long enough for a weak-core walk to give a pop (a few minutes of walking at most). */
    private static final double MAX_WAIT_S = 900;
    private static final double STRIDES_WAIT_S = 30;
    /** Hours of sitting a day in the "long sitting" scene (tight, not yet snapping), and in the snap scene. */
    private static final double SITTING_HOURS = 8.5;
    private static final double SNAPPING_HOURS = 11;
    /** Weeks of core training and stretching in the "what helps" scene. */
    private static final double TRAINING_WEEKS = 12;
    private static final int STRUCTURAL_LEVEL = 4;
    /** Strides the pop scene walks first, so the snaps of the scene before have left the step strip (8 strides). */
    private static final int CLEAR_STRIP_STRIDES = 8;

    private WalkingStory() {
    }

    static List<StoryStep<WalkingModel>> steps() {
        return List.of(
                step("normal", m -> {
                    set(m, Causes.DEFAULT.hipFlexorTightness(), Causes.DEFAULT.core(), 0);
                    walk(m, 3);
                }, List.of(equalTo("snaps", 0), equalTo("clicks", 0), equalTo("popsPer100", 0), atLeast("steps", 2),
                        atLeast("meanPelvicTilt_deg", 7), atMost("meanPelvicTilt_deg", 13))),
                step("sitting", m -> {
                    set(m, Causes.tightnessFromSitting(SITTING_HOURS), Causes.DEFAULT.core(), 0);
                    walk(m, 3);
                }, List.of(atLeast("hipFlexorTightness", 0.7), above("meanPelvicTilt_deg", 12),
                        atMost("peakHipExtension_deg", 12), equalTo("snapsPer100", 0), equalTo("popsPer100", 0))),
                step("snap", m -> {
                    set(m, Causes.tightnessFromSitting(SNAPPING_HOURS), Causes.DEFAULT.core(), 0);
                    walk(m, 3);
                }, List.of(atLeast("snaps", 1), atLeast("snapsPer100", 100), atLeast("hipFlexorTightness", 0.9),
                        equalTo("clicks", 0))),
                // back to flexors that are tight but do not snap, so the pop is the only sound; the scene
                // walks until the strip has no snaps left and then until a stride with a pop is over, so
                // the pop is on the strip and in the rates
                step("pop", m -> {
                    set(m, Causes.tightnessFromSitting(SITTING_HOURS), 0, 0);
                    walk(m, CLEAR_STRIP_STRIDES);
                    StoryStep.runUntil(m, above("popsPer100", 0), DT, MAX_WAIT_S);
                }, List.of(atLeast("pops", 1), above("popsPer100", 0), equalTo("snapsPer100", 0), equalTo("clicks", 0),
                        equalTo("core", 0))),
                // the same weak core (random pops may still come, for contrast) and a structural problem
                step("click", m -> {
                    set(m, Causes.tightnessFromSitting(SITTING_HOURS), 0, STRUCTURAL_LEVEL);
                    walk(m, 4);
                }, List.of(atLeast("clicks", 3), atLeast("clicksPer100", 95), equalTo("snapsPer100", 0),
                        equalTo("structuralLevel", STRUCTURAL_LEVEL))),
                // the fix programme, played over the walk as the button does, from the snapping flexors
                // of the earlier scene; then the rates of the last strides
                step("help", m -> {
                    set(m, Causes.tightnessFromSitting(SNAPPING_HOURS), 0, STRUCTURAL_LEVEL);
                    m.startFix(TRAINING_WEEKS);
                    StoryStep.runUntil(m, Expect.atLeast("fixWeeks", TRAINING_WEEKS), DT, MAX_WAIT_S);
                    walk(m, 2);
                }, List.of(atLeast("core", 0.8), atMost("hipFlexorTightness", 0.25), equalTo("snapsPer100", 0),
                        atLeast("clicksPer100", 95), equalTo("structuralLevel", STRUCTURAL_LEVEL))),
                step("professional", m -> {
                    m.setCauses(m.causes().withStructuralLevel(STRUCTURAL_LEVEL));
                    walk(m, 3);
                }, List.of(equalTo("structuralLevel", STRUCTURAL_LEVEL), atLeast("clicksPer100", 95),
                        equalTo("snapsPer100", 0))));
    }

    /** The causes a scene narrates: tightness, core and structural level, the rest at their defaults. */
    private static void set(WalkingModel m, double tightness, double core, int structuralLevel) {
        m.setCauses(new Causes(tightness, core, Causes.DEFAULT.glutes(), Causes.DEFAULT.speed(), structuralLevel));
    }

    /** Walks this many more strides. */
    private static void walk(WalkingModel m, int strides) {
        StoryStep.runUntil(m, atLeast("steps", m.steps() + strides), DT, STRIDES_WAIT_S);
    }

    private static StoryStep<WalkingModel> step(String stage, Consumer<WalkingModel> scene, List<Expect> claims) {
        return new StoryStep<>(stage, "walking.stage." + stage, "walking.stage." + stage + ".text", scene, true, claims);
    }
}
