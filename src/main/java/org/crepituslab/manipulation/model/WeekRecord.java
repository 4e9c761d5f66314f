package org.crepituslab.manipulation.model;

import org.crepituslab.facet.model.LumbarLevel;

/**
 * One week of self-twisting.
 *
 * @param week        1 for the first week
 * @param popsPerDay  pops per day, averaged over the week
 * @param instability the instability indicator at the end of the week, 0–1
 * @param laxity      each segment's laxity at the end of the week, top to bottom
 */
public record WeekRecord(int week, double popsPerDay, double instability, double[] laxity) {
    public WeekRecord {
        laxity = laxity.clone();
    }

    public double laxity(LumbarLevel level) {
        return laxity[level.ordinal()];
    }
}
