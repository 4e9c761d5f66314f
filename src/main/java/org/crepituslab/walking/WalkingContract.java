package org.crepituslab.walking;

import static org.crepituslab.framework.contract.Quantity.continuous;
import static org.crepituslab.framework.contract.Quantity.count;
import static org.crepituslab.framework.contract.Quantity.whole;

import java.util.List;
import org.crepituslab.framework.contract.Quantity;
import org.crepituslab.framework.contract.ScreenContract;
import org.crepituslab.walking.model.Causes;

/** What the walking screen promises quiz tasks: the causes to set and the walk to watch. */
final class WalkingContract {
    private static final Quantity TIGHTNESS = continuous("hipFlexorTightness", "", 0, 1,
            "how tight the hip flexors are (0 supple, 1 very tight from long sitting)");
    private static final Quantity CORE = continuous("core", "", 0, 1, "deep-core engagement (0 none, 1 full)");
    private static final Quantity GLUTES = continuous("glutes", "", 0, 1, "gluteal strength (0 weak, 1 strong)");
    private static final Quantity SPEED = continuous("speed_m_s", "m/s", Causes.SPEED_MIN, Causes.SPEED_MAX,
            "walking speed");
    private static final Quantity STRUCTURAL = whole("structuralLevel", "", 0, 5,
            "segment with a loose ligament or damaged capsule: 0 none, 1 L1-L2 to 5 L5-S1");

    static final ScreenContract CONTRACT = new ScreenContract(
            List.of(TIGHTNESS, CORE, GLUTES, SPEED, STRUCTURAL),
            List.of(count("steps", "gait cycles walked since reset (a step of each foot)"),
                    count("pops", "facet-joint pops (cavitation) since reset"),
                    count("snaps", "iliopsoas tendon snaps at the hips since reset"),
                    count("clicks", "structural clicks since reset"),
                    continuous("popsPer100", "", 0, 1000, "facet-joint pops per 100 steps over the last 20 steps"),
                    continuous("snapsPer100", "", 0, 1000, "tendon snaps per 100 steps over the last 20 steps"),
                    continuous("clicksPer100", "", 0, 1000, "structural clicks per 100 steps over the last 20 steps"),
                    continuous("fixWeeks", "weeks", 0, 52, "weeks of core training and stretching done in \"try the fix\""),
                    continuous("pelvicTilt_deg", "\u00b0", -10, 40, "pelvic tilt now, positive = anterior"),
                    continuous("meanPelvicTilt_deg", "\u00b0", -10, 40, "mean anterior pelvic tilt over a stride"),
                    continuous("peakHipExtension_deg", "\u00b0", -30, 40, "largest hip extension of a stride"),
                    continuous("hipFlexion_deg", "\u00b0", -30, 50, "right hip flexion now, negative = extension"),
                    continuous("lordosis_deg", "\u00b0", 20, 80, "lumbar lordosis now"),
                    continuous("segmentMotion_mm", "mm", 0, 5, "largest movement between two lumbar vertebrae now"),
                    continuous("gaitPercent", "%", 0, 100, "where in the gait cycle the right leg is"),
                    continuous("time_s", "s", 0, Double.MAX_VALUE, "simulated time since reset"),
                    TIGHTNESS, CORE, GLUTES, SPEED, STRUCTURAL));

    private WalkingContract() {
    }
}
