package org.crepituslab.manipulation.model;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.crepituslab.facet.model.LumbarLevel;

/**
 * Many people, one thrust each (as the studies measured: each subject manipulated once, rested),
 * and one person's weeks of self-adjusting; the command line, the validation and the tests run these.
 */
public final class Trials {
    /** Mixed into the seed for the twists, so they are not drawn from the same numbers as the person. */
    private static final long TWIST_STREAM = 0x5DEECE66DL;

    private Trials() {
    }

    /** One thrust on each of n people drawn from the seed, all joints ready. */
    public static List<ThrustOutcome> thrusts(Technique technique, LumbarLevel target, LumbarLevel restricted,
            int n, long seed) {
        SplittableRandom master = new SplittableRandom(seed);
        List<ThrustOutcome> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            SplittableRandom random = master.split();
            Person person = new Person(random.split());
            person.setRestricted(restricted);
            out.add(Thrust.perform(technique, target, person, random, (joint, t) -> true));
        }
        return out;
    }

    /** A person drawn from the seed, with the restricted segment given (or null). */
    public static Person person(long seed, LumbarLevel restricted) {
        Person p = new Person(new SplittableRandom(seed).split());
        p.setRestricted(restricted);
        return p;
    }

    /** Weeks of self-twisting by the person of that seed; the person is returned loosened. */
    public static List<WeekRecord> selfAdjust(Person person, int perDay, int weeks, long seed) {
        return SelfAdjustment.run(person, perDay, weeks, new SplittableRandom(seed ^ TWIST_STREAM), 0);
    }

    /** Summary of many thrusts. */
    public record Summary(double meanPops, int minPops, int maxPops, double bilateralShare, double twoOrMoreShare,
            double offTargetShare) {
        public static Summary of(List<ThrustOutcome> thrusts) {
            long total = 0;
            long off = 0;
            int min = Integer.MAX_VALUE;
            int max = 0;
            int bilateral = 0;
            int two = 0;
            for (ThrustOutcome o : thrusts) {
                int k = o.pops().size();
                total += k;
                off += o.offTarget();
                min = Math.min(min, k);
                max = Math.max(max, k);
                bilateral += o.bilateral() ? 1 : 0;
                two += k >= 2 ? 1 : 0;
            }
            double n = Math.max(1, thrusts.size());
            return new Summary(total / n, thrusts.isEmpty() ? 0 : min, max, bilateral / n, two / n,
                    total == 0 ? 0 : off / (double) total);
        }
    }
}
