package org.crepituslab.grinding;

import static org.crepituslab.framework.Expect.atLeast;
import static org.crepituslab.framework.Expect.atMost;
import static org.crepituslab.framework.Expect.equalTo;

import java.util.List;
import java.util.function.Consumer;
import org.crepituslab.framework.Expect;
import org.crepituslab.framework.StoryStep;
import org.crepituslab.grinding.model.GrindingModel;

/**
 * The worn joint's story as scenes: healthy cartilage on its film of fluid → early osteoarthritis,
 * still carried by the fluid → the fluid support lost, stick-slip grinding → bone spurs catching.
 * Each scene drives the model through its parameters; the claims are checked by a test.
 */
final class GrindingStory {
    /** Seconds of movement per scene: a couple of cycles, enough for the friction average to settle. */
    private static final double RUN_S = 2;

    private GrindingStory() {
    }

    static List<StoryStep<GrindingModel>> steps() {
        return List.of(
                step("healthy", m -> wear(m, 0.05), true, List.of(equalTo("stage", 0), equalTo("catches", 0))),
                step("early", m -> {
                    // no spurs yet: they are the last scene's subject
                    m.setParameter("wear", 0.45);
                    m.setParameter("spurs", 0);
                    m.step(RUN_S);
                }, true, List.of(equalTo("stage", 1), atMost("frictionCoefficient", 0.05), equalTo("spurs", 0),
                        atLeast("fluidLoadFraction", 0.9))),
                // the worn joint first without spurs, so that this scene shows stick-slip alone and the
                // next one adds the spurs' catches (the model grows spurs with wear unless they are set)
                step("fluid-lost", m -> {
                    m.setParameter("wear", 0.9);
                    m.setParameter("spurs", 0);
                    m.restart(); // counts from here, so the next scene's catches are its own
                    m.step(RUN_S);
                }, true, List.of(equalTo("stage", 2), atLeast("frictionCoefficient", 0.1), atLeast("slips", 1),
                        atMost("fluidLoadFraction", 0.5), equalTo("spurs", 0), equalTo("catches", 0))),
                step("spurs", m -> {
                    m.setParameter("spursFollowWear", 1);
                    StoryStep.runUntil(m, atLeast("catches", 1), 0.05, 20);
                }, true, List.of(atLeast("spurs", 1), atLeast("catches", 1))));
    }

    private static void wear(GrindingModel m, double wear) {
        m.setParameter("spursFollowWear", 1);
        m.setParameter("wear", wear);
        m.step(RUN_S);
    }

    private static StoryStep<GrindingModel> step(String id, Consumer<GrindingModel> scene, boolean plays,
            List<Expect> claims) {
        return new StoryStep<>(id, "grinding.story." + id + ".title", "grinding.story." + id + ".text", scene, plays, claims);
    }
}
