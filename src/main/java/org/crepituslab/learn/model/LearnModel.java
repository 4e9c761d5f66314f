package org.crepituslab.learn.model;

import java.util.EnumSet;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.crepituslab.framework.SimModel;

/** The Learn screen's state: which checklist items are ticked, and the resulting assessment. */
public final class LearnModel implements SimModel {
    private final Set<Observation> ticked = EnumSet.noneOf(Observation.class);
    private final ReadOnlyObjectWrapper<Assessment> assessment =
            new ReadOnlyObjectWrapper<>(this, "assessment", Assessment.of(Set.of()));

    public void setTicked(Observation o, boolean on) {
        boolean changed = on ? ticked.add(o) : ticked.remove(o);
        if (changed) {
            assessment.set(Assessment.of(ticked));
        }
    }

    public boolean isTicked(Observation o) {
        return ticked.contains(o);
    }

    public ReadOnlyObjectProperty<Assessment> assessmentProperty() {
        return assessment.getReadOnlyProperty();
    }

    @Override
    public void step(double dt) {
        // the checklist does not evolve in time
    }

    @Override
    public void reset() {
        ticked.clear();
        assessment.set(Assessment.of(ticked));
    }

    @Override
    public boolean isAnimated() {
        return false;
    }

    /** For quiz tasks: "ticked" (items ticked), "emergencyTicked" (1 if the emergency item is ticked). */
    @Override
    public double readout(String name) {
        return switch (name) {
            case "ticked" -> ticked.size();
            case "emergencyTicked" -> ticked.contains(Observation.BOWEL_BLADDER) ? 1 : 0;
            default -> Double.NaN;
        };
    }
}
