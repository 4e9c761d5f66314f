package org.crepituslab.tendon.model;

import java.util.random.RandomGenerator;

/**
 * Who is drawn into a simulated population: the distributions of daily sitting and of the anatomy
 * the tendon model varies (tendon tension, ridge height, crest position, range of motion). Each
 * distribution names its source or says that it is a modelling choice. The spreads of tension and
 * ridge height are modelling choices set so that the general population snaps about as often as
 * reported (5–10 %); the prevalence of the general profile is therefore not a prediction. The
 * dancer and sitting profiles change only the lines said below.
 */
public enum PopulationProfile {
    /**
     * Adults in general. Sitting: log-normal with a median of 5 h/day (Bauman et al. 2011, Am J Prev
     * Med 41:228, 20-country survey: median about 300 min/day); its geometric spread (×1.45) is a
     * modelling choice. Tension and ridge height: log-normal around the typical hip (spreads ×1.10
     * and ×1.08, modelling choices). Crest position: normal, 35° ± 6° of hip flexion (modelling
     * choice). Range in the manoeuvre: normal, 80° ± 10° of flexion (modelling choice).
     */
    GENERAL("general", 5.0, 1.45, 1.0, 80),
    /**
     * Elite ballet dancers (Winston et al. 2007: 91 % report snapping). Less sitting (median 3 h/day,
     * modelling choice); their snapping movements are active, made by a trained, bulky iliopsoas
     * against the ridge, which the model takes as 3.2 times the tendon tension at the same tightness
     * (modelling choice); a larger range (115° ± 10° of flexion, modelling choice).
     */
    DANCERS("dancers", 3.0, 1.5, 3.2, 115),
    /** Desk workers who sit a lot: median 10 h/day (modelling choice); otherwise as the general profile. */
    SITTING("sitting", 10.0, 1.3, 1.0, 80);

    /** Geometric spreads (e^σ) of tension and ridge height, and the SDs of crest and range, degrees. */
    public static final double TENSION_SPREAD = 1.10;
    public static final double RIDGE_SPREAD = 1.08;
    public static final double CREST_SD_DEG = 6;
    public static final double FLEXION_SD_DEG = 10;
    /** Limits on the drawn values: sitting within a day, flexion within the hip's range. */
    private static final double MAX_SITTING_H = 16;
    private static final double MIN_FLEXION_DEG = 45;
    private static final double MAX_FLEXION_DEG = 125;

    private final String id;
    private final double sittingMedianH;
    private final double sittingSpread;
    private final double tensionMedian;
    private final double flexionMeanDeg;

    PopulationProfile(String id, double sittingMedianH, double sittingSpread, double tensionMedian,
                      double flexionMeanDeg) {
        this.id = id;
        this.sittingMedianH = sittingMedianH;
        this.sittingSpread = sittingSpread;
        this.tensionMedian = tensionMedian;
        this.flexionMeanDeg = flexionMeanDeg;
    }

    public String id() {
        return id;
    }

    public double sittingMedianHours() {
        return sittingMedianH;
    }

    /** One person drawn from this profile. */
    public Person draw(RandomGenerator random) {
        double sitting = Math.min(MAX_SITTING_H, sittingMedianH * Math.pow(sittingSpread, random.nextGaussian()));
        return new Person(sitting, drawAnatomy(random));
    }

    /** One person's hip drawn from this profile, whatever their sitting. */
    public Anatomy drawAnatomy(RandomGenerator random) {
        double tension = tensionMedian * Math.pow(TENSION_SPREAD, random.nextGaussian());
        double ridge = Math.pow(RIDGE_SPREAD, random.nextGaussian());
        double crest = Math.toDegrees(TendonConstants.CREST_ALIGNED_HIP_RAD) + CREST_SD_DEG * random.nextGaussian();
        double flexion = Math.max(MIN_FLEXION_DEG, Math.min(MAX_FLEXION_DEG,
                flexionMeanDeg + FLEXION_SD_DEG * random.nextGaussian()));
        return new Anatomy(tension, ridge, Math.toRadians(crest), Math.toRadians(flexion));
    }

    /** Share of this profile's people who sit less than {@code hours} a day (the log-normal's CDF). */
    public double sittingPercentile(double hours) {
        if (!(hours > 0)) {
            return 0;
        }
        double z = Math.log(hours / sittingMedianH) / Math.log(sittingSpread);
        return hours >= MAX_SITTING_H ? 1 : normalCdf(z);
    }

    static double normalCdf(double z) {
        // Abramowitz & Stegun 7.1.26 for erf, accurate to about 1e-7: enough for a percentile
        double t = 1 / (1 + 0.3275911 * Math.abs(z) / Math.sqrt(2));
        double y = 1 - (((((1.061405429 * t - 1.453152027) * t) + 1.421413741) * t - 0.284496736) * t + 0.254829592)
                * t * Math.exp(-z * z / 2);
        return z >= 0 ? 0.5 * (1 + y) : 0.5 * (1 - y);
    }

    public static PopulationProfile fromId(String id) {
        for (PopulationProfile p : values()) {
            if (p.id.equals(id)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown profile: " + id);
    }
}
