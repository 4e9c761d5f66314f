package org.crepituslab.learn;

import static org.crepituslab.framework.contract.Quantity.flag;
import static org.crepituslab.framework.contract.Quantity.whole;

import java.util.List;
import org.crepituslab.framework.contract.ScreenContract;
import org.crepituslab.learn.model.Observation;

/** What the Learn screen promises quiz tasks: the checklist's readouts (nothing to set). */
final class LearnContract {
    static final ScreenContract CONTRACT = new ScreenContract(List.of(),
            List.of(whole("ticked", "", 0, Observation.values().length, "how many checklist items are ticked"),
                    flag("emergencyTicked", "1 when the medical-emergency item is ticked")));

    private LearnContract() {
    }
}
