package org.crepituslab.manipulation.model;

import static org.crepituslab.manipulation.model.ManipulationConstants.HYPERMOBILE_LAXITY;
import static org.crepituslab.manipulation.model.ManipulationConstants.LAXITY_SPREAD;
import static org.crepituslab.manipulation.model.ManipulationConstants.RESTRICTED_LAXITY;
import static org.crepituslab.manipulation.model.ManipulationConstants.THRESHOLD_SPREAD;

import java.util.SplittableRandom;
import org.crepituslab.facet.model.LumbarLevel;

/**
 * One person's lumbar spine: each joint's own nucleation threshold and each segment's own laxity
 * (how far it moves under a given load, 1 for a typical segment), drawn once from a random
 * generator (per-person variation, a modelling choice: log-normal with {@link
 * ManipulationConstants#THRESHOLD_SPREAD} and {@link ManipulationConstants#LAXITY_SPREAD}); a
 * restricted segment and its hypermobile neighbours; and the laxity weeks of self-twisting added.
 */
public final class Person {
    private final double[] threshold = new double[JointId.COUNT];
    private final double[] ownLaxity = new double[LumbarLevel.values().length];
    private final double[] gained = new double[LumbarLevel.values().length];
    private LumbarLevel restricted;

    /** A person drawn from the generator, with no restricted segment. */
    public Person(SplittableRandom random) {
        for (int i = 0; i < threshold.length; i++) {
            threshold[i] = FacetParts.clampThreshold(FacetParts.defaultThreshold() * logNormal(random, THRESHOLD_SPREAD));
        }
        for (int i = 0; i < ownLaxity.length; i++) {
            ownLaxity[i] = logNormal(random, LAXITY_SPREAD);
        }
    }

    /** A factor around 1 whose logarithm is normal with the given spread. */
    static double logNormal(SplittableRandom random, double spread) {
        return Math.exp(spread * gaussian(random) - spread * spread / 2);
    }

    static double gaussian(SplittableRandom random) {
        // Box–Muller; SplittableRandom has no nextGaussian on Java 17
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    /** The restricted segment, or null; its neighbours become hypermobile. */
    public LumbarLevel restricted() {
        return restricted;
    }

    public void setRestricted(LumbarLevel level) {
        restricted = level;
    }

    /** Whether this segment takes up a restricted neighbour's motion. */
    public boolean isHypermobile(LumbarLevel level) {
        return restricted != null && Math.abs(level.ordinal() - restricted.ordinal()) == 1;
    }

    /** How far the segment moves under a load, relative to a typical segment (1). */
    public double laxity(LumbarLevel level) {
        double condition = level == restricted ? RESTRICTED_LAXITY : isHypermobile(level) ? HYPERMOBILE_LAXITY : 1;
        return ownLaxity[level.ordinal()] * condition + gained[level.ordinal()];
    }

    /** Laxity added by self-twisting so far. */
    public double gainedLaxity(LumbarLevel level) {
        return gained[level.ordinal()];
    }

    /** Adds laxity to a segment (ligament creep), never beyond {@link ManipulationConstants#MAX_LAXITY}. */
    void loosen(LumbarLevel level, double amount) {
        double room = Math.max(0, ManipulationConstants.MAX_LAXITY - laxity(level));
        gained[level.ordinal()] += Math.min(room, Math.max(0, amount));
    }

    /** The joint's nucleation threshold, Pa gauge. */
    public double threshold(JointId joint) {
        return threshold[joint.index()];
    }

    /** The pull at which the joint pops when rested, m (the facet model's mechanics at its threshold). */
    public double popPull(JointId joint) {
        return FacetParts.popPull(threshold(joint));
    }

    /** The largest laxity of the five segments. */
    public double maxLaxity() {
        double m = 0;
        for (LumbarLevel level : LumbarLevel.values()) {
            m = Math.max(m, laxity(level));
        }
        return m;
    }

    /**
     * The instability indicator, 0–1: how far the loosest segment has gone from a typical one (1)
     * towards {@link ManipulationConstants#UNSTABLE_LAXITY}.
     */
    public double instability() {
        double span = ManipulationConstants.UNSTABLE_LAXITY - 1;
        return Math.max(0, Math.min(1, (maxLaxity() - 1) / span));
    }
}
