package org.crepituslab.manipulation;

import static org.crepituslab.framework.Expect.above;
import static org.crepituslab.framework.Expect.atLeast;
import static org.crepituslab.framework.Expect.atMost;
import static org.crepituslab.framework.Expect.equalTo;

import java.util.List;
import java.util.function.Consumer;
import org.crepituslab.framework.Expect;
import org.crepituslab.framework.StoryStep;
import org.crepituslab.manipulation.model.ManipulationModel;

/**
 * The manipulation story as scenes: ten ready joints → a targeted thrust pops several of them →
 * straight away again, the popped ones stay silent → a restricted segment and a self-twist: the
 * loose neighbours pop, the stiff one does not → weeks of self-twisting loosen them → the unstable
 * end of the range → what is safer. Each scene drives the model through its parameters and its
 * thrust button; a test checks the claims.
 */
final class ManipulationStory {
    /** Long enough for a thrust and its release, s. */
    private static final double THRUST_WAIT_S = 0.5;
    private static final int RESTRICTED = 4;
    private static final int WEEKS = 12;

    private ManipulationStory() {
    }

    static List<StoryStep<ManipulationModel>> steps() {
        return List.of(
                step("spine", m -> { }, false, List.of(equalTo("readyJoints", 10), equalTo("pops", 0))),
                step("thrust", m -> thrust(m), false,
                        List.of(atLeast("popsLastThrust", 2), equalTo("technique", 0), equalTo("targetLevel", 5))),
                step("again", m -> thrust(m), false,
                        List.of(atMost("readyJoints", 8), atLeast("thrusts", 2))),
                step("self-twist", m -> {
                    StoryStep.runUntil(m, equalTo("readyJoints", 10), 10, 3 * 3600);
                    m.setParameter("restrictedLevel", RESTRICTED);
                    m.setParameter("technique", 1);
                    thrust(m);
                }, false, List.of(equalTo("restrictedPopped", 0), atLeast("popsLastThrust", 2),
                        equalTo("restrictedLevel", RESTRICTED))),
                step("weeks", m -> {
                    m.setParameter("scheduleWeeks", WEEKS);
                    m.runSchedule();
                }, false, List.of(atLeast("weeks", WEEKS), above("maxLaxity", 2.4), above("instability", 0.3))),
                step("instability", m -> { }, false, List.of(atLeast("weeks", WEEKS), above("instability", 0.3))),
                step("safer", m -> { }, false, List.of(equalTo("restrictedLevel", RESTRICTED))));
    }

    private static void thrust(ManipulationModel m) {
        m.thrust();
        m.step(THRUST_WAIT_S);
    }

    private static StoryStep<ManipulationModel> step(String stage, Consumer<ManipulationModel> scene, boolean plays,
            List<Expect> claims) {
        return new StoryStep<>(stage, "manipulation.stage." + stage, "manipulation.stage." + stage + ".text", scene,
                plays, claims);
    }
}
