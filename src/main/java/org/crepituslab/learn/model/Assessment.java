package org.crepituslab.learn.model;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What the checklist says about a set of ticked observations: the highest level of concern and
 * the ticked items grouped by level (emergency first). Pure: no UI, no state.
 */
public record Assessment(Concern overall, List<Observation> emergency, List<Observation> warnings,
                         List<Observation> benign) {

    public static Assessment of(Set<Observation> ticked) {
        Set<Observation> set = ticked.isEmpty() ? EnumSet.noneOf(Observation.class) : EnumSet.copyOf(ticked);
        List<Observation> emergency = set.stream().filter(o -> o.concern() == Concern.EMERGENCY).toList();
        List<Observation> warnings = set.stream().filter(o -> o.concern() == Concern.WARNING).toList();
        List<Observation> benign = set.stream().filter(o -> o.concern() == Concern.BENIGN).toList();
        Concern overall = !emergency.isEmpty() ? Concern.EMERGENCY
                : !warnings.isEmpty() ? Concern.WARNING
                : !benign.isEmpty() ? Concern.BENIGN : null;
        return new Assessment(overall, emergency, warnings, benign);
    }

    /** True when nothing is ticked. */
    public boolean isEmpty() {
        return overall == null;
    }
}
