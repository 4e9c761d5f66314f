package org.crepituslab.tendon.model;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A simulated population: n people drawn from a profile with one seed, each screened for snapping.
 * The same seed gives the same people and the same result.
 */
public final class Population {
    /** One person and what their hip did. */
    public record Member(int index, Person person, SnapScreening screening) {
    }

    private Population() {
    }

    /** Draws and screens n people; {@code each} sees every member as it is done (may be null). */
    public static List<Member> simulate(PopulationProfile profile, int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Member> members = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Person p = profile.draw(random);
            members.add(new Member(i + 1, p, SnapScreening.of(p)));
        }
        return members;
    }

    /** Share of the members who snap. */
    public static double prevalence(List<Member> members) {
        if (members.isEmpty()) {
            return 0;
        }
        long snapping = members.stream().filter(m -> m.screening().snaps()).count();
        return snapping / (double) members.size();
    }

    /**
     * Share of people with this profile's anatomy who snap if they sat this many hours a day: where a
     * setting of the sitting slider sits in the population. Drawn from a fixed seed, so it is steady.
     */
    public static double prevalenceAtSitting(PopulationProfile profile, double sittingHours, int n, long seed) {
        return prevalenceAtSitting(profile, sittingHours, n, seed, () -> { });
    }

    /**
     * The same, running {@code betweenPeople} after each person is screened: a caller working in the
     * background uses it to pause, so that the work yields the processor to the frames being drawn.
     */
    public static double prevalenceAtSitting(PopulationProfile profile, double sittingHours, int n, long seed,
            Runnable betweenPeople) {
        SplittableRandom random = new SplittableRandom(seed);
        double tightness = TendonConstants.tightnessFromSittingHours(sittingHours);
        int snapping = 0;
        for (int i = 0; i < n; i++) {
            if (SnapScreening.snapsAtAll(profile.drawAnatomy(random), tightness)) {
                snapping++;
            }
            betweenPeople.run();
        }
        return n == 0 ? 0 : snapping / (double) n;
    }
}
