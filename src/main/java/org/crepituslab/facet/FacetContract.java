package org.crepituslab.facet;

import static org.crepituslab.framework.contract.Quantity.continuous;
import static org.crepituslab.framework.contract.Quantity.count;
import static org.crepituslab.framework.contract.Quantity.flag;
import static org.crepituslab.framework.contract.Quantity.oneOf;

import java.util.List;
import org.crepituslab.facet.model.FacetConstants;
import org.crepituslab.framework.contract.Quantity;
import org.crepituslab.framework.contract.ScreenContract;

/** What the facet screen promises quiz tasks: its settable parameters and watchable readouts. */
final class FacetContract {
    private static final Quantity TIME_ACCELERATION = oneOf("timeAcceleration", "",
            "how fast simulated time runs (1 real time, 60 a minute per second, 600 ten minutes per second)",
            FacetConstants.TIME_ACCELERATIONS);
    private static final Quantity SOUND_MODEL = oneOf("soundModel", "",
            "which moment makes the sound: 0 cavity formation, 1 bubble collapse, 2 partial collapse", 0, 1, 2);
    private static final Quantity PULL = continuous("pull_mm", "mm", 0, FacetConstants.MAX_STRETCH * 1e3,
            "how far the joint is being pulled apart");
    private static final Quantity STRETCH_AMOUNT = continuous("stretchAmount_mm", "mm", 0,
            FacetConstants.MAX_STRETCH * 1e3, "how far one Stretch pulls");
    private static final Quantity STRETCH_RATE = continuous("stretchRate_mm_s", "mm/s",
            FacetConstants.STRETCH_RATE_MIN * 1e3, FacetConstants.STRETCH_RATE_MAX * 1e3, "how fast a Stretch pulls");
    private static final Quantity THRESHOLD = continuous("threshold_kpa", "kPa", FacetConstants.THRESHOLD_MIN / 1e3,
            FacetConstants.THRESHOLD_MAX / 1e3, "fluid pressure (a tension below vapour pressure) at which a cavity forms");

    static final ScreenContract CONTRACT = new ScreenContract(
            List.of(TIME_ACCELERATION, SOUND_MODEL, PULL, STRETCH_AMOUNT, STRETCH_RATE, THRESHOLD),
            List.of(count("pops", "pops since reset"),
                    count("refractoryBlocks", "stretches that opened the joint but could not pop (refractory)"),
                    continuous("gap_mm", "mm", 0, 10, "separation of the joint surfaces"),
                    continuous("pressure_kpa", "kPa", -400, 1000, "capsule fluid pressure (gauge; below -95 the fluid is under tension)"),
                    continuous("bubbleRadius_mm", "mm", 0, 10, "radius of the gas cavity"),
                    continuous("refractoryRemaining_min", "min", 0, 120, "time until the joint can pop again"),
                    continuous("dissolvedGas_percent", "%", 0, 100, "share of the gas still dissolved in the fluid"),
                    flag("ready", "1 when the joint can pop again"),
                    continuous("time_s", "s", 0, Double.MAX_VALUE, "simulated time since reset"),
                    TIME_ACCELERATION, SOUND_MODEL, PULL, STRETCH_AMOUNT, STRETCH_RATE, THRESHOLD));

    private FacetContract() {
    }
}
