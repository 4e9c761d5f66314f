package org.crepituslab.manipulation;

import java.util.ArrayList;
import java.util.List;
import org.crepituslab.facet.model.LumbarLevel;
import org.crepituslab.framework.validation.Comparison;
import org.crepituslab.manipulation.model.FacetParts;
import org.crepituslab.manipulation.model.Person;
import org.crepituslab.manipulation.model.Technique;
import org.crepituslab.manipulation.model.ThrustOutcome;
import org.crepituslab.manipulation.model.Trials;
import org.crepituslab.manipulation.model.WeekRecord;

/** The manipulation model's comparisons with the thrust studies and with what the content claims. */
final class ManipulationValidation {
    private static final String MODEL = "manipulation";
    private static final int TRIALS = 400;
    private static final int PEOPLE = 40;
    private static final long SEED = 2019;
    private static final String LOADS_CHOSEN = "modelling constants chosen to reach it: the set-up and thrust loads "
            + "(with the per-person spreads of threshold and stiffness)";

    private ManipulationValidation() {
    }

    static List<Comparison> run() {
        Trials.Summary lumbosacral = Trials.Summary.of(Trials.thrusts(Technique.TARGETED, LumbarLevel.L5_S1, null,
                TRIALS, SEED));
        List<ThrustOutcome> twists = Trials.thrusts(Technique.SELF_TWIST, null, LumbarLevel.L4_L5, TRIALS, SEED);
        double restricted = share(twists, LumbarLevel.L4_L5);
        double neighbours = Math.min(share(twists, LumbarLevel.L3_L4), share(twists, LumbarLevel.L5_S1));
        double gain = weeksGain();
        List<Comparison> rows = new ArrayList<>();
        rows.add(Comparison.within(MODEL, "mean pops per lumbosacral thrust", lumbosacral.meanPops(), 3, 7, "pops",
                "Mourad et al. 2019: 5.27 pops per thrust (range 2\u20139)", LOADS_CHOSEN));
        rows.add(Comparison.within(MODEL, "most pops in one of " + TRIALS + " thrusts", lumbosacral.maxPops(), 2, 10,
                "pops", "Mourad et al. 2019: range 2\u20139", "predicted from the same constants (ten joints at most)"));
        rows.add(Comparison.within(MODEL, "thrusts with pops on both sides", 100 * lumbosacral.bilateralShare(), 75, 100,
                "%", "Dunning et al. 2013: bilateral in 92 % of upper-cervical thrusts",
                "follows from a modelling constant: the other facet opens 0.9 as far as the gapping one "
                        + "(chosen for the lack of side preference Dunning et al. found)"));
        rows.add(Comparison.within(MODEL, "thrusts with two or more pops", 100 * lumbosacral.twoOrMoreShare(), 75, 100,
                "%", "Reggars 1996: 82 % of (cervical) manipulations gave two or more cracks",
                "predicted (not fitted); higher than Reggars' cervical figure"));
        rows.add(Comparison.within(MODEL, "pops at segments other than the target", 100 * lumbosacral.offTargetShare(),
                25, 90, "% of pops", "Ross, Bereznick & McGill 2004: cavitations often one or more segments away",
                "predicted from the load sharing along the segments in series"));
        rows.add(Comparison.within(MODEL, "self-twist: restricted segment pops", 100 * restricted, 0, 10, "% of twists",
                "the content's claim: a non-specific twist moves the easiest joints, not the stiff one",
                "follows from modelling constants (restricted segment a quarter as lax, neighbours twice)"));
        rows.add(Comparison.within(MODEL, "self-twist: each hypermobile neighbour pops", 100 * neighbours, 50, 100,
                "% of twists", "the content's claim", "follows from the same modelling constants"));
        rows.add(Comparison.within(MODEL, "12 weeks of daily self-twists: hypermobile neighbours' laxity", 100 * gain, 20,
                200, "% more", "the content's claim: repeated forceful self-manipulation over-stretches ligaments",
                "modelling choice (laxity gained per twist \u221d stretch\u00b2) with its gain chosen to show it"));
        rows.add(Comparison.within(MODEL, "refractory period of each joint", FacetParts.refractoryPeriod() / 60, 15, 25,
                "min", "Unsworth et al. 1971: about 20 min", "taken from the facet model (predicted there by diffusion)"));
        return rows;
    }

    private static double share(List<ThrustOutcome> outcomes, LumbarLevel level) {
        return outcomes.stream().filter(o -> o.popped(level)).count() / (double) outcomes.size();
    }

    /** Mean relative laxity gain of the two hypermobile neighbours of L4-L5 after 12 weeks of one twist a day. */
    private static double weeksGain() {
        double sum = 0;
        for (int i = 0; i < PEOPLE; i++) {
            Person p = Trials.person(SEED + i, LumbarLevel.L4_L5);
            double before = p.laxity(LumbarLevel.L3_L4) + p.laxity(LumbarLevel.L5_S1);
            List<WeekRecord> weeks = Trials.selfAdjust(p, 1, 12, SEED + i);
            WeekRecord last = weeks.get(weeks.size() - 1);
            sum += (last.laxity(LumbarLevel.L3_L4) + last.laxity(LumbarLevel.L5_S1)) / before - 1;
        }
        return sum / PEOPLE;
    }
}
