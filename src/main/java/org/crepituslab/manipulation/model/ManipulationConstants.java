package org.crepituslab.manipulation.model;

/**
 * Every number of the manipulation model with its source or the reason it was chosen. The joint
 * itself (its nucleation threshold, the pull that reaches it, how far the surfaces part, the
 * refractory period) comes from the facet model ({@link FacetParts}); what is here is how a thrust
 * or a twist shares its load among the five segments, how people differ, and how ligaments loosen.
 * Values marked "modelling choice" are not measurements.
 */
public final class ManipulationConstants {
    private ManipulationConstants() {
    }

    /** Duration of a lumbosacral manipulative thrust, s (Mourad et al. 2019: about 139 ms). */
    public static final double THRUST_DURATION_S = 0.139;
    /** Time the joints take to settle back after the thrust, s (for the drawing; modelling choice). */
    public static final double RELEASE_S = 0.25;

    // --- how the load spreads (loads are in units of the load that takes a typical segment's facets to the
    // --- facet model's default pop pull; a segment's facets open by load × its laxity × that pull)
    /**
     * Side-posture set-up of a targeted manipulation: the lumbar spine is rotated and flexed to take
     * up the slack before the thrust, loading every segment in series (modelling choice).
     */
    public static final double TARGETED_PRELOAD = 0.85;
    /** The thrust itself, applied at the target's upper vertebra (modelling choice). */
    public static final double TARGETED_THRUST = 0.65;
    /**
     * Compliance of everything above L1 that the thrust also pushes against (thoracic spine, rib
     * cage), in typical lumbar segments (modelling choice).
     */
    public static final double TRUNK_COMPLIANCE = 2.0;
    /** A forceful self-twist: one torque through every segment in series (modelling choice). */
    public static final double SELF_TWIST_LOAD = 0.8;
    /** Spread (standard deviation, relative) of one thrust's or twist's force from the next (modelling choice). */
    public static final double LOAD_SPREAD = 0.12;
    /**
     * Share of the gapping side's opening that the other facet of the same level gets. Dunning et al.
     * 2013 found pops on both sides in 92 % of thrusts and no preference for the targeted side, so the
     * two facets open almost alike (modelling choice 0.9).
     */
    public static final double CONTRALATERAL_SHARE = 0.9;

    // --- people differ (per-person variation, drawn once per person)
    /** Spread (relative standard deviation) of a joint's nucleation threshold between people (modelling choice). */
    public static final double THRESHOLD_SPREAD = 0.15;
    /** Spread of a segment's laxity between people (modelling choice). */
    public static final double LAXITY_SPREAD = 0.2;

    // --- restricted and hypermobile segments
    /** Laxity of a restricted (stiff) segment: a quarter of a typical segment's (modelling choice). */
    public static final double RESTRICTED_LAXITY = 0.25;
    /** Laxity of the hypermobile neighbours of a restricted segment, which take up its motion (modelling choice). */
    public static final double HYPERMOBILE_LAXITY = 2.0;

    // --- loosening over weeks
    /**
     * Laxity a segment gains per forceful self-twist, times the square of how far its facets were
     * pulled relative to the default pop pull: ligaments creep where they are stretched most
     * (modelling choice; it sets how fast self-twisting loosens hypermobile segments).
     */
    public static final double LAXITY_GAIN = 0.0022;
    /** Laxity at which a segment counts as unstable: the end of the range, where a vertebra can slip (modelling choice). */
    public static final double UNSTABLE_LAXITY = 5.0;
    /** Laxity a segment cannot loosen beyond (modelling choice). */
    public static final double MAX_LAXITY = 6.0;
    /** Waking hours over which a day's self-twists are spread, s. */
    public static final double WAKING_DAY_S = 16 * 3600;
    public static final int MAX_PER_DAY = 10;
    public static final int MAX_WEEKS = 52;
    public static final int DEFAULT_PER_DAY = 2;
    public static final int DEFAULT_WEEKS = 12;

    /** The time accelerations offered for waiting out the refractory period. */
    public static final double[] TIME_ACCELERATIONS = {1, 60, 600};
    /** Refractory period in the busy benchmark state (joints ready again at once), s. */
    public static final double BUSY_REFRACTORY_S = 0.5;
    /** Simulated time between thrusts in the busy state, s. */
    public static final double BUSY_INTERVAL_S = 1.0;
}
