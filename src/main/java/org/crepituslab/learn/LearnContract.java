package org.crepituslab.learn;

import static org.crepituslab.framework.contract.Quantity.flag;
import static org.crepituslab.framework.contract.Quantity.whole;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.crepituslab.framework.contract.ScreenContract;
import org.crepituslab.learn.model.LearnModel;
import org.crepituslab.learn.model.Observation;

/** What the Learn screen promises quiz tasks: the checklist's readouts (nothing to set). */
final class LearnContract {
    static final ScreenContract CONTRACT = new ScreenContract(List.of(),
            Stream.concat(Stream.of(whole("ticked", "", 0, Observation.values().length, "how many checklist items are ticked"),
                    flag("emergencyTicked", "1 when the medical-emergency item is ticked")),
                    Arrays.stream(Observation.values()).map(o -> flag(LearnModel.readoutName(o),
                            "1 when the checklist item \"" + o.id() + "\" is ticked"))).toList());

    private LearnContract() {
    }
}
