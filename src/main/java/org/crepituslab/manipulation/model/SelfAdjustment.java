package org.crepituslab.manipulation.model;

import static org.crepituslab.manipulation.model.ManipulationConstants.LAXITY_GAIN;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.crepituslab.facet.model.LumbarLevel;
import org.crepituslab.facet.model.Side;

/**
 * Weeks of self-adjusting: a number of forceful self-twists a day, spread over the waking day (so
 * far apart that every joint has left its refractory period before the next twist). Each twist adds
 * laxity to every segment in proportion to the square of how far its facets were pulled (relative
 * to the default pop pull): ligaments creep where the motion was largest, so the loosest segments
 * loosen fastest and a restricted segment, which hardly moves, stays restricted. That rule and its
 * gain ({@link ManipulationConstants#LAXITY_GAIN}) are modelling choices.
 */
public final class SelfAdjustment {
    private SelfAdjustment() {
    }

    /** Runs the schedule on the person (who loosens) and returns one record per week, numbered on from {@code weeksBefore}. */
    public static List<WeekRecord> run(Person person, int perDay, int weeks, SplittableRandom random, int weeksBefore) {
        List<WeekRecord> records = new ArrayList<>();
        for (int w = 1; w <= weeks; w++) {
            int pops = 0;
            for (int day = 0; day < 7; day++) {
                for (int k = 0; k < perDay; k++) {
                    pops += twist(person, random).pops().size();
                }
            }
            double[] laxity = new double[LumbarLevel.values().length];
            for (LumbarLevel level : LumbarLevel.values()) {
                laxity[level.ordinal()] = person.laxity(level);
            }
            records.add(new WeekRecord(weeksBefore + w, pops / 7.0, person.instability(), laxity));
        }
        return records;
    }

    /** One self-twist of a rested spine, and the laxity it leaves behind. */
    public static ThrustOutcome twist(Person person, SplittableRandom random) {
        ThrustOutcome outcome = Thrust.perform(Technique.SELF_TWIST, null, person, random, (joint, t) -> true);
        loosen(person, outcome);
        return outcome;
    }

    /** Adds the laxity a forceful twist leaves where it stretched the segments most. */
    static void loosen(Person person, ThrustOutcome outcome) {
        double unit = FacetParts.defaultPopPull();
        for (LumbarLevel level : LumbarLevel.values()) {
            double pull = 0;
            for (Side side : Side.values()) {
                pull = Math.max(pull, outcome.peakPull()[JointId.index(level, side)]);
            }
            double stretch = pull / unit;
            person.loosen(level, LAXITY_GAIN * stretch * stretch);
        }
    }
}
