package org.crepituslab.tendon.model;

import static org.crepituslab.tendon.model.TendonConstants.FREE_LENGTH_M;
import static org.crepituslab.tendon.model.TendonConstants.RIDGE_CREST_M;
import static org.crepituslab.tendon.model.TendonConstants.RIDGE_HALF_WIDTH_M;
import static org.crepituslab.tendon.model.TendonConstants.RIDGE_PATH_LENGTHENING_M;
import static org.crepituslab.tendon.model.TendonConstants.TISSUE_STIFFNESS_N_PER_M;

/**
 * The tendon's potential energy across the ridge at one tightness:
 * <pre>
 *   U(x; x0) = T·h_R·exp(−(x−c)²/2w²) + k·(x − x0)²/2,   k = k_tissue + T/L
 * </pre>
 * The first term is the ridge (work against the tension T to lengthen the path by up to h_R); the
 * second pulls the tendon towards its rest path x0, which the hip angle sets. Both grow with T,
 * but the ridge's peak curvature T·h_R/w² grows faster than k, so above a threshold tension the
 * ridge wins at its crest: U has two wells, and as x0 sweeps across, the occupied well meets the
 * crest's maximum and vanishes (a fold). The fold points are analytic: U'' = 0 gives
 * (1−u²)e^(−u²/2) = 1/r with u = (x−c)/w and r = T·h_R/(k·w²), and U' = 0 there gives
 * x0 = c ± w·u³/(1−u²). Immutable apart from a lazily solved inflection point; x0 is an argument because it changes every sub-step.
 */
public final class Landscape {
    private final double tension;
    private final double lengthening;
    private final double stiffness;
    private final double ridgeCurvature;
    private double inflectionU = Double.NaN;
    private boolean inflectionSolved;

    /** The typical hip's landscape with the hip in neutral abduction and rotation (the ridge at full height). */
    public Landscape(double tightness) {
        this(TendonConstants.tension(tightness), RIDGE_PATH_LENGTHENING_M);
    }

    /**
     * Any tension (newtons) and ridge (the path lengthening h_R, metres, which abduction and external
     * rotation lower and which differs from person to person).
     */
    public Landscape(double tensionN, double ridgeLengtheningM) {
        this.tension = tensionN;
        this.lengthening = Math.max(0, ridgeLengtheningM);
        this.stiffness = TISSUE_STIFFNESS_N_PER_M + tension / FREE_LENGTH_M;
        this.ridgeCurvature = tension * lengthening / (RIDGE_HALF_WIDTH_M * RIDGE_HALF_WIDTH_M);
    }

    /**
     * Tightness at which the typical hip's ridge (full height, neutral abduction and rotation) first
     * has two wells: the static fold condition, below which no movement at any speed can snap. The
     * threshold a movement actually shows is higher and depends on the movement and its speed
     * ({@link SnapThreshold}).
     */
    public static double foldThresholdTightness() {
        double w2 = RIDGE_HALF_WIDTH_M * RIDGE_HALF_WIDTH_M;
        double tensionAtThreshold = TISSUE_STIFFNESS_N_PER_M / (RIDGE_PATH_LENGTHENING_M / w2 - 1 / FREE_LENGTH_M);
        return TendonConstants.tightnessForTension(tensionAtThreshold);
    }

    /** The ridge's path lengthening h_R felt now, metres. */
    public double ridgeLengthening() {
        return lengthening;
    }

    /** U'' = 0 point in units of w, solved once when first needed (landscapes are made every sub-step). */
    private double inflectionU() {
        if (!inflectionSolved) {
            inflectionU = ratio() > 1 ? solveInflection(1 / ratio()) : Double.NaN;
            inflectionSolved = true;
        }
        return inflectionU;
    }

    /** Tendon tension T, newtons. */
    public double tension() {
        return tension;
    }

    /** Coupling stiffness k, N/m. */
    public double stiffness() {
        return stiffness;
    }

    /** r = ridge peak curvature / coupling stiffness; the landscape can hold two wells when r > 1. */
    public double ratio() {
        return ridgeCurvature / stiffness;
    }

    public boolean isBistable() {
        return ratio() > 1;
    }

    /** U in joules. */
    public double potential(double x, double x0) {
        double d = x - x0;
        return tension * lengthening * ridgeProfile(x) + 0.5 * stiffness * d * d;
    }

    /** dU/dx in newtons. */
    public double slope(double x, double x0) {
        double s = x - RIDGE_CREST_M;
        return -ridgeCurvature * s * ridgeProfile(x) + stiffness * (x - x0);
    }

    /** d²U/dx² in N/m (independent of x0). */
    public double curvature(double x) {
        double u = (x - RIDGE_CREST_M) / RIDGE_HALF_WIDTH_M;
        return stiffness + ridgeCurvature * (u * u - 1) * ridgeProfile(x);
    }

    /** The rest path x0 at which x is an equilibrium (U' = 0): explicit, used to draw the branches. */
    public double restPathForEquilibrium(double x) {
        return x - ridgeCurvature * (x - RIDGE_CREST_M) * ridgeProfile(x) / stiffness;
    }

    /**
     * The inflection point (U'' = 0) on one side of the crest (side −1 or +1), where that side's well
     * is born or dies; NaN when the landscape has a single well.
     */
    public double inflection(int side) {
        return RIDGE_CREST_M + Integer.signum(side) * inflectionU() * RIDGE_HALF_WIDTH_M;
    }

    /**
     * The rest path x0 at which the well on {@code side} vanishes: the well on the −1 side dies as
     * x0 rises to +fold, the +1 well as x0 falls to −fold. NaN when there is no fold.
     */
    public double foldRestPath(int side) {
        if (!isBistable()) {
            return Double.NaN;
        }
        double u = inflectionU();
        return RIDGE_CREST_M - Integer.signum(side) * RIDGE_HALF_WIDTH_M * u * u * u / (1 - u * u);
    }

    /**
     * The minimum of U on one side of the crest for rest path x0, or NaN if that side has no well.
     * In the bistable case the well lies beyond that side's inflection point, where U' is increasing;
     * otherwise U is convex and has one minimum.
     */
    public double minimumOnSide(int side, double x0) {
        int s = Integer.signum(side);
        double far = Math.abs(x0 - RIDGE_CREST_M) + 10 * RIDGE_HALF_WIDTH_M;
        if (!isBistable()) {
            double x = globalMinimum(x0);
            double d = x - RIDGE_CREST_M;
            return d == 0 || Math.signum(d) == s ? x : Double.NaN;
        }
        double edge = inflection(s);
        double outer = RIDGE_CREST_M + s * far;
        double a = Math.min(edge, outer);
        double b = Math.max(edge, outer);
        double fa = slope(a, x0);
        double fb = slope(b, x0);
        if (fa > 0 || fb < 0) {
            return Double.NaN;
        }
        return bisectSlope(a, b, x0);
    }

    /** The single minimum of a one-well landscape, or the well nearest x0's side of a two-well one. */
    public double globalMinimum(double x0) {
        if (!isBistable()) {
            double far = Math.abs(x0 - RIDGE_CREST_M) + 10 * RIDGE_HALF_WIDTH_M;
            return bisectSlope(RIDGE_CREST_M - far, RIDGE_CREST_M + far, x0);
        }
        double left = minimumOnSide(-1, x0);
        double right = minimumOnSide(1, x0);
        if (Double.isNaN(left)) {
            return right;
        }
        if (Double.isNaN(right)) {
            return left;
        }
        return potential(left, x0) <= potential(right, x0) ? left : right;
    }

    /**
     * Energy released by a snap from the {@code fromSide} well at rest path x0: the potential at the
     * vanished well's inflection point (where the tendon starts to fall) minus the potential at the
     * bottom of the well it lands in. Zero when there is nothing to fall into.
     */
    public double releasedEnergy(int fromSide, double x0) {
        if (!isBistable()) {
            return 0;
        }
        double landing = minimumOnSide(-fromSide, x0);
        if (Double.isNaN(landing)) {
            return 0;
        }
        return Math.max(0, potential(inflection(fromSide), x0) - potential(landing, x0));
    }

    /** Energy released by a quasi-static snap, exactly at the fold, from the {@code fromSide} well. */
    public double releasedEnergyAtFold(int fromSide) {
        return isBistable() ? releasedEnergy(fromSide, foldRestPath(fromSide)) : 0;
    }

    /** Natural frequency (Hz) of small oscillations at x: √(U''/m)/2π; 0 where U'' ≤ 0. */
    public double naturalFrequencyHz(double x) {
        double c = curvature(x);
        return c > 0 ? Math.sqrt(c / TendonConstants.EFFECTIVE_MASS_KG) / (2 * Math.PI) : 0;
    }

    private double bisectSlope(double a, double b, double x0) {
        double fa = slope(a, x0);
        for (int i = 0; i < 80; i++) {
            double m = 0.5 * (a + b);
            double fm = slope(m, x0);
            if (fm == 0) {
                return m;
            }
            if ((fm < 0) == (fa < 0)) {
                a = m;
                fa = fm;
            } else {
                b = m;
            }
        }
        return 0.5 * (a + b);
    }

    /**
     * The ridge's shape: its height at x as a fraction of its crest height (1 at the crest). The
     * same at every tension, so a drawing of the bone can use it without a landscape.
     */
    public static double ridgeProfile(double x) {
        double u = (x - RIDGE_CREST_M) / RIDGE_HALF_WIDTH_M;
        return Math.exp(-0.5 * u * u);
    }

    /** Solves (1−u²)·e^(−u²/2) = target for u in (0, 1), where the left side falls monotonically from 1 to 0. */
    private static double solveInflection(double target) {
        double a = 0;
        double b = 1;
        for (int i = 0; i < 80; i++) {
            double m = 0.5 * (a + b);
            double f = (1 - m * m) * Math.exp(-0.5 * m * m) - target;
            if (f > 0) {
                a = m;
            } else {
                b = m;
            }
        }
        return 0.5 * (a + b);
    }
}
