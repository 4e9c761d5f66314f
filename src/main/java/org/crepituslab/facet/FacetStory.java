package org.crepituslab.facet;

import static org.crepituslab.framework.Expect.above;
import static org.crepituslab.framework.Expect.atLeast;
import static org.crepituslab.framework.Expect.atMost;
import static org.crepituslab.framework.Expect.below;
import static org.crepituslab.framework.Expect.equalTo;

import java.util.List;
import java.util.function.Consumer;
import org.crepituslab.facet.model.JointModel;
import org.crepituslab.framework.Expect;
import org.crepituslab.framework.StoryStep;

/**
 * The facet joint's story as scenes: rest → stretch → pressure drop → pop → refractory (at ×600,
 * the countdown running) → ready. Each scene drives the model through its public parameters, so
 * what the words say is what the model is doing; the claims are checked by a test.
 */
final class FacetStory {
    /** Small simulated steps while setting a scene up (the joint sub-steps inside as it needs). */
    private static final double DT = 0.005;
    /** The stretch scene holds as the fluid starts to be sucked on (kPa below ambient). */
    private static final double STRETCH_KPA = -10;
    /** Below this the story calls it a pressure drop. */
    private static final double DROP_KPA = -40;
    /** The pressure-drop scene holds at this share of the threshold, short of the tear. */
    private static final double DROP_SHARE = 0.7;
    /** After the crack, long enough for the surfaces to spring apart and the refractory period to begin. */
    private static final double POP_SETTLE_S = 0.3;

    private FacetStory() {
    }

    static List<StoryStep<JointModel>> steps() {
        return List.of(
                step("rest", "rest", m -> { }, true,
                        List.of(equalTo("pops", 0), equalTo("bubbleRadius_mm", 0), atLeast("pressure_kpa", -5))),
                // the standard stretch (the Stretch button), frozen at the moments the words describe
                step("stretch", "stretch", m -> {
                    m.startStandardStretch();
                    StoryStep.runUntil(m, atMost("pressure_kpa", STRETCH_KPA), DT / 20, 5);
                }, false, List.of(above("pull_mm", 0), below("pressure_kpa", 0), above("pressure_kpa", DROP_KPA),
                        equalTo("pops", 0), equalTo("bubbleRadius_mm", 0))),
                // well below ambient, most of the way to the threshold the fluid tears at
                step("pressure-drop", "pressure-drop", m -> StoryStep.runUntil(m,
                                atMost("pressure_kpa", DROP_SHARE * m.readout("threshold_kpa")), DT / 20, 5),
                        false, List.of(atMost("pressure_kpa", DROP_KPA), equalTo("pops", 0), equalTo("bubbleRadius_mm", 0))),
                step("pop", "cavitation", m -> {
                    StoryStep.runUntil(m, atLeast("pops", 1), DT / 5, 5);
                    m.step(POP_SETTLE_S);
                }, false, List.of(atLeast("pops", 1), above("bubbleRadius_mm", 0), equalTo("ready", 0))),
                // the rest of the stretch and the wait, ten simulated minutes per second, until almost ready
                new StoryStep<>("refractory", key("refractory"), text("refractory"), m -> {
                    m.setParameter("timeAcceleration", 600);
                    m.step(0.05);
                }, true, List.of(equalTo("ready", 0), above("refractoryRemaining_min", 0), equalTo("timeAcceleration", 600),
                        above("bubbleRadius_mm", 0)),
                        atMost("refractoryRemaining_min", 0.25)),
                step("ready", "ready", m -> {
                    m.setParameter("timeAcceleration", 600);
                    StoryStep.runUntil(m, equalTo("ready", 1), 0.01, 30);
                }, true, List.of(equalTo("ready", 1), atMost("refractoryRemaining_min", 0), atLeast("pops", 1),
                        // the words say the model's bubble has gone back into solution
                        equalTo("bubbleRadius_mm", 0))));
    }

    private static StoryStep<JointModel> step(String id, String stage, Consumer<JointModel> scene,
            boolean plays, List<Expect> claims) {
        return new StoryStep<>(id, key(stage), text(stage), scene, plays, claims);
    }

    private static String key(String stage) {
        return "facet.stage." + stage;
    }

    private static String text(String stage) {
        return "facet.stage." + stage + ".text";
    }
}
