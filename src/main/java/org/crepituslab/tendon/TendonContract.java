package org.crepituslab.tendon;

import static org.crepituslab.framework.contract.Quantity.continuous;
import static org.crepituslab.framework.contract.Quantity.count;
import static org.crepituslab.framework.contract.Quantity.whole;

import java.util.List;
import org.crepituslab.framework.contract.Quantity;
import org.crepituslab.framework.contract.ScreenContract;
import org.crepituslab.tendon.model.HipMotion;
import org.crepituslab.tendon.model.TendonConstants;

/** What the tendon screen promises quiz tasks: its settable parameters and watchable readouts. */
final class TendonContract {
    private static final Quantity TIGHTNESS = continuous("tightness", "", 0, 1, "tendon tightness (0 loose, 1 very tight)");
    private static final Quantity PELVIC_TILT = continuous("pelvicTilt", "", 0, 1, "anterior pelvic tilt (0 neutral, 1 strong)");
    private static final Quantity CORE = continuous("coreEngagement", "", 0, 1, "deep-core engagement (0 none, 1 full)");
    private static final Quantity SITTING = continuous("sittingHours", "h/day", 0,
            TendonConstants.SITTING_HOURS_FOR_FULL_TIGHTNESS, "hours of sitting per day, which set the tightness");
    private static final Quantity HIP_ANGLE = continuous("hipAngle_deg", "\u00b0", Math.toDegrees(TendonConstants.HIP_MIN_RAD),
            Math.toDegrees(TendonConstants.HIP_MAX_RAD), "hip flexion (negative: extension)");
    private static final Quantity MOTION = whole("motion", "", 0, HipMotion.values().length - 1,
            "hip movement: 0 hold, 1 clinical manoeuvre (flexion-abduction-external rotation, then extension), 2 walking");

    static final ScreenContract CONTRACT = new ScreenContract(
            List.of(TIGHTNESS, PELVIC_TILT, CORE, SITTING, HIP_ANGLE, MOTION),
            List.of(count("snaps", "snaps since reset"),
                    continuous("lastSnapEnergy_mj", "mJ", 0, 1000, "energy released by the last snap"),
                    continuous("tension_n", "N", 0, 10_000, "tendon tension"),
                    continuous("tendonX_mm", "mm", -100, 100, "tendon position across the ridge"),
                    continuous("time_s", "s", 0, Double.MAX_VALUE, "simulated time since reset"),
                    continuous("snapThreshold", "", 0, 2,
                            "tightness from which the current movement snaps at its speed (2: not even fully tight)"),
                    continuous("abduction_deg", "\u00b0", 0, 90, "hip abduction"),
                    continuous("externalRotation_deg", "\u00b0", 0, 90, "hip external rotation"),
                    continuous("populationPrevalence", "", 0, 1,
                            "share of simulated people of the general population who snap at the current sitting hours"),
                    TIGHTNESS, PELVIC_TILT, CORE, SITTING, HIP_ANGLE, MOTION));

    private TendonContract() {
    }
}
