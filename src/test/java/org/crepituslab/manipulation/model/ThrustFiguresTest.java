package org.crepituslab.manipulation.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.crepituslab.facet.model.LumbarLevel;
import org.junit.jupiter.api.Test;

/**
 * The done-when figures, over a few hundred thrusts with varied seeds: a targeted lumbar
 * thrust gives 3–7 pops on average, never more than 10, two or more in at least 75 % of thrusts,
 * pops on both sides in at least 70 %, and pops away from the target are common; with a restricted
 * segment, a self-twist pops it in at most 10 % of trials and its hypermobile neighbours in most.
 */
class ThrustFiguresTest {
    private static final int TRIALS = 300;
    private static final long[] SEEDS = {1, 42, 2019};

    @Test
    void targetedLumbarThrustsGiveAVolleyOfPopsOnBothSidesAndAwayFromTheTarget() {
        for (LumbarLevel target : List.of(LumbarLevel.L5_S1, LumbarLevel.L4_L5, LumbarLevel.L3_L4)) {
            for (long seed : SEEDS) {
                Trials.Summary s = Trials.Summary.of(Trials.thrusts(Technique.TARGETED, target, null, TRIALS, seed));
                String at = target.label() + " seed " + seed + ": " + s;
                assertTrue(s.meanPops() >= 3 && s.meanPops() <= 7, at);
                assertTrue(s.maxPops() <= 10, at);
                assertTrue(s.twoOrMoreShare() >= 0.75, at);
                assertTrue(s.bilateralShare() >= 0.70, at);
                assertTrue(s.offTargetShare() >= 0.25, "off-target pops are common: " + at);
            }
        }
    }

    @Test
    void aSelfTwistPopsTheHypermobileNeighboursAndNotTheRestrictedSegment() {
        for (LumbarLevel restricted : LumbarLevel.values()) {
            for (long seed : SEEDS) {
                List<ThrustOutcome> twists = Trials.thrusts(Technique.SELF_TWIST, null, restricted, TRIALS, seed);
                String at = restricted.label() + " seed " + seed;
                assertTrue(share(twists, restricted) <= 0.10, at + ": restricted popped in " + share(twists, restricted));
                for (LumbarLevel neighbour : LumbarLevel.values()) {
                    if (Math.abs(neighbour.ordinal() - restricted.ordinal()) == 1) {
                        assertTrue(share(twists, neighbour) > 0.5,
                                at + ": neighbour " + neighbour.label() + " popped in " + share(twists, neighbour));
                    }
                }
            }
        }
    }

    @Test
    void twelveWeeksOfDailySelfTwistsLoosenTheNeighboursAndPopsPerDayRise() {
        int people = 30;
        double gainSum = 0;
        double early = 0;
        double late = 0;
        for (int i = 0; i < people; i++) {
            Person p = Trials.person(100 + i, LumbarLevel.L4_L5);
            double upper = p.laxity(LumbarLevel.L3_L4);
            double lower = p.laxity(LumbarLevel.L5_S1);
            double stiff = p.laxity(LumbarLevel.L4_L5);
            List<WeekRecord> weeks = Trials.selfAdjust(p, 1, 12, 100 + i);
            WeekRecord last = weeks.get(11);
            double gainUpper = last.laxity(LumbarLevel.L3_L4) / upper - 1;
            double gainLower = last.laxity(LumbarLevel.L5_S1) / lower - 1;
            assertTrue(gainUpper >= 0.15 && gainLower >= 0.15, "person " + i + ": " + gainUpper + ", " + gainLower);
            gainSum += (gainUpper + gainLower) / 2;
            assertTrue(last.laxity(LumbarLevel.L4_L5) < 0.5 && last.laxity(LumbarLevel.L4_L5) / stiff < 1.1,
                    "the restricted segment stays restricted: " + last.laxity(LumbarLevel.L4_L5));
            early += weeks.subList(0, 3).stream().mapToDouble(WeekRecord::popsPerDay).sum();
            late += weeks.subList(9, 12).stream().mapToDouble(WeekRecord::popsPerDay).sum();
            assertTrue(last.instability() > weeks.get(0).instability(), "instability rises");
        }
        assertTrue(gainSum / people >= 0.20, "mean laxity gain " + gainSum / people);
        assertTrue(late > early * 1.05, "pops per day rise: " + early / people / 3 + " -> " + late / people / 3);
    }

    private static double share(List<ThrustOutcome> outcomes, LumbarLevel level) {
        return outcomes.stream().filter(o -> o.popped(level)).count() / (double) outcomes.size();
    }
}
