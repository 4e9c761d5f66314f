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

    /**
     * For quiz tasks: "ticked" (items ticked), "emergencyTicked" (1 if the emergency item is
     * ticked), and "&lt;item&gt;Ticked" for each item (e.g. "nerveTicked"), so a task can check which.
     */
    @Override
    public double readout(String name) {
        switch (name) {
            case "ticked":
                return ticked.size();
            case "emergencyTicked":
                return ticked.contains(Observation.BOWEL_BLADDER) ? 1 : 0;
            default:
                for (Observation o : Observation.values()) {
                    if (name.equals(readoutName(o))) {
                        return ticked.contains(o) ? 1 : 0;
                    }
                }
                return Double.NaN;
        }
    }

    /** The readout that says whether one item is ticked. */
    public static String readoutName(Observation o) {
        return o.id() + "Ticked";
    }
}
