package org.crepituslab.tendon;

import static org.crepituslab.framework.Expect.above;
import static org.crepituslab.framework.Expect.atLeast;
import static org.crepituslab.framework.Expect.atMost;
import static org.crepituslab.framework.Expect.equalTo;

import java.util.List;
import java.util.function.Consumer;
import org.crepituslab.framework.Expect;
import org.crepituslab.framework.StoryStep;
import org.crepituslab.tendon.model.HipMotion;
import org.crepituslab.tendon.model.TendonModel;

/**
 * The snapping hip's story as scenes: a loose tendon glides silently → long sitting tightens it →
 * the clinical manoeuvre makes it snap on the way back to extension → stretching loosens it again.
 * Each scene drives the model through its parameters; the claims are checked by a test.
 */
final class TendonStory {
    private static final double DT = 0.01;
    /** Two cycles of the manoeuvre (4 s each): enough to show it does, or does not, snap. */
    private static final double TWO_CYCLES_S = 8;
    private static final double LOOSE = 0.3;
    private static final double SITTING_HOURS = 11;

    private TendonStory() {
    }

    static List<StoryStep<TendonModel>> steps() {
        double manoeuvre = HipMotion.FLEXION_EXTENSION.ordinal();
        return List.of(
                step("loose", m -> {
                    m.setParameter("tightness", LOOSE);
                    m.setParameter("motion", manoeuvre);
                    run(m, TWO_CYCLES_S);
                }, true, List.of(equalTo("snaps", 0), atMost("tightness", LOOSE))),
                step("sitting", m -> m.setParameter("sittingHours", SITTING_HOURS), false,
                        List.of(atLeast("sittingHours", SITTING_HOURS - 0.01), above("tightness", LOOSE), equalTo("snaps", 0))),
                step("snap", m -> StoryStep.runUntil(m, atLeast("snaps", 1), DT, 4 * TWO_CYCLES_S), true,
                        List.of(atLeast("snaps", 1), above("lastSnapEnergy_mj", 0))),
                step("stretch", m -> {
                    m.setParameter("tightness", LOOSE);
                    run(m, TWO_CYCLES_S);
                }, true, List.of(atMost("tightness", LOOSE))));
    }

    private static void run(TendonModel m, double seconds) {
        for (double t = 0; t < seconds; t += DT) {
            m.step(DT);
        }
    }

    private static StoryStep<TendonModel> step(String id, Consumer<TendonModel> scene, boolean plays, List<Expect> claims) {
        return new StoryStep<>(id, "tendon.story." + id + ".title", "tendon.story." + id + ".text", scene, plays, claims);
    }
}
