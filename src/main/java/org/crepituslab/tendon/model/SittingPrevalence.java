package org.crepituslab.tendon.model;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where a number of sitting hours sits in the general population: the share of simulated people
 * (their anatomy drawn from the general profile, a fixed draw) who snap if they sit that long each
 * day. Judged at quarter hours and remembered, since each value screens a few hundred hips; safe to
 * ask from any thread (each screened hip is a model of its own).
 */
final class SittingPrevalence {
    /** Simulated people behind each value, and their fixed draw. */
    private static final int SAMPLE = 200;
    private static final long SEED = 2007;
    private static final Map<Double, Double> BY_QUARTER_HOUR = new ConcurrentHashMap<>();

    private SittingPrevalence() {
    }

    static double atTightness(double tightness, Runnable betweenPeople) {
        double hours = Math.round(TendonConstants.sittingHoursFromTightness(tightness) * 4) / 4.0;
        Double known = BY_QUARTER_HOUR.get(hours);
        if (known != null) {
            return known;
        }
        // worked out outside the map's lock: two threads asking at once both compute the same value
        double share = Population.prevalenceAtSitting(PopulationProfile.GENERAL, hours, SAMPLE, SEED, betweenPeople);
        BY_QUARTER_HOUR.putIfAbsent(hours, share);
        return share;
    }
}
