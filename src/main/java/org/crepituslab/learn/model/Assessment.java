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

    /**
     * The harmless items to explain as harmless: none as soon as any warning sign or the emergency is
     * ticked, because "usually harmless" must never be read beside a warning.
     */
    public List<Observation> reassuring() {
        return overall == Concern.BENIGN ? benign : List.of();
    }

    /** True when harmless items are ticked but held back because a warning sign is ticked too. */
    public boolean benignHeldBack() {
        return !benign.isEmpty() && overall != Concern.BENIGN;
    }

    /** True when nothing is ticked. */
    public boolean isEmpty() {
        return overall == null;
    }
}
