package org.crepituslab.manipulation;

import static org.crepituslab.framework.contract.Quantity.continuous;
import static org.crepituslab.framework.contract.Quantity.count;
import static org.crepituslab.framework.contract.Quantity.flag;
import static org.crepituslab.framework.contract.Quantity.oneOf;
import static org.crepituslab.framework.contract.Quantity.whole;

import java.util.List;
import org.crepituslab.framework.contract.Quantity;
import org.crepituslab.framework.contract.ScreenContract;
import org.crepituslab.manipulation.model.JointId;
import org.crepituslab.manipulation.model.ManipulationConstants;

/** What the manipulation screen promises quiz tasks: the technique and schedule to set, the pops and laxity to watch. */
final class ManipulationContract {
    private static final Quantity TECHNIQUE = oneOf("technique", "", "0 targeted manipulation, 1 forceful self-twist",
            0, 1);
    private static final Quantity TARGET = whole("targetLevel", "", 1, 5,
            "segment a targeted thrust aims at: 1 L1-L2 to 5 L5-S1");
    private static final Quantity RESTRICTED = whole("restrictedLevel", "", 0, 5,
            "stiff (restricted) segment, its neighbours hypermobile: 0 none, 1 L1-L2 to 5 L5-S1");
    private static final Quantity PER_DAY = whole("perDay", "", 1, ManipulationConstants.MAX_PER_DAY,
            "self-twists per day in the self-adjusting schedule");
    private static final Quantity SCHEDULE_WEEKS = whole("scheduleWeeks", "", 1, ManipulationConstants.MAX_WEEKS,
            "weeks the self-adjusting schedule runs when started");
    private static final Quantity TIME_ACCELERATION = oneOf("timeAcceleration", "", "simulated seconds per real second",
            ManipulationConstants.TIME_ACCELERATIONS);

    static final ScreenContract CONTRACT = new ScreenContract(
            List.of(TECHNIQUE, TARGET, RESTRICTED, PER_DAY, SCHEDULE_WEEKS, TIME_ACCELERATION),
            List.of(count("pops", "facet-joint pops since reset, all thrusts"),
                    whole("popsLastThrust", "", 0, JointId.COUNT, "pops in the last thrust or twist so far"),
                    flag("restrictedPopped", "1 if the restricted segment popped in the last thrust"),
                    whole("lastTechnique", "", -1, 1,
                            "technique of the last thrust: 0 targeted, 1 self-twist, -1 before any thrust"),
                    count("thrusts", "thrusts and twists since reset"),
                    count("weeks", "weeks of self-adjusting run so far"),
                    continuous("maxLaxity", "", 0, ManipulationConstants.MAX_LAXITY,
                            "laxity of the loosest segment (1 = a typical segment)"),
                    continuous("instability", "", 0, 1, "instability indicator: 0 typical, 1 unstable"),
                    continuous("popsPerDay", "", 0, Double.MAX_VALUE, "pops per day in the last week of self-adjusting"),
                    whole("readyJoints", "", 0, JointId.COUNT, "joints out of their refractory period"),
                    continuous("time_s", "s", 0, Double.MAX_VALUE, "simulated time since reset"),
                    TECHNIQUE, TARGET, RESTRICTED, PER_DAY, SCHEDULE_WEEKS, TIME_ACCELERATION));

    private ManipulationContract() {
    }
}
