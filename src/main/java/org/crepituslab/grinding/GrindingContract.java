package org.crepituslab.grinding;

import static org.crepituslab.framework.contract.Quantity.continuous;
import static org.crepituslab.framework.contract.Quantity.count;
import static org.crepituslab.framework.contract.Quantity.whole;

import java.util.List;
import org.crepituslab.framework.contract.Quantity;
import org.crepituslab.framework.contract.ScreenContract;
import org.crepituslab.grinding.model.GrindingConstants;
import org.crepituslab.grinding.model.WearStage;

/** What the grinding screen promises quiz tasks: its settable parameters and watchable readouts. */
final class GrindingContract {
    private static final Quantity WEAR = continuous("wear", "", 0, 1, "cartilage wear (0 healthy, 1 bone on bone)");
    private static final Quantity SPURS = whole("spurs", "", 0, GrindingConstants.MAX_SPURS, "number of bone spurs");
    private static final Quantity SPUR_SIZE = continuous("spurSize_mm", "mm", GrindingConstants.MIN_SPUR_SIZE_M * 1e3,
            GrindingConstants.MAX_SPUR_SIZE_M * 1e3, "height of each bone spur");
    private static final Quantity FOLLOW = whole("spursFollowWear", "", 0, 1,
            "1: the number and size of bone spurs follow the wear stage; 0: set by hand");
    private static final Quantity SEED = whole("seed", "", 0, 1e15, "random seed of the surface roughness");

    static final ScreenContract CONTRACT = new ScreenContract(
            List.of(WEAR, SPURS, SPUR_SIZE, FOLLOW, SEED),
            List.of(continuous("frictionCoefficient", "", 0, 2, "mean friction coefficient over the last second"),
                    continuous("frictionInstant", "", 0, 2, "friction coefficient now"),
                    continuous("effectiveFriction", "", 0, 2, "kinetic friction of the worn surfaces"),
                    count("slips", "stick-slip events since reset"),
                    count("catches", "bone-spur catches since reset"),
                    continuous("fluidLoadFraction", "", 0, 1, "share of the load carried by fluid pressure"),
                    continuous("cartilage_mm", "mm", 0, 10, "remaining cartilage thickness"),
                    continuous("roughness_um", "\u00b5m", 0, 1000, "surface roughness"),
                    whole("stage", "", 0, WearStage.values().length - 1, "wear stage: 0 healthy, 1 early, 2 advanced osteoarthritis"),
                    continuous("time_s", "s", 0, Double.MAX_VALUE, "simulated time since reset"),
                    WEAR, SPURS, SPUR_SIZE, FOLLOW, SEED));

    private GrindingContract() {
    }
}
