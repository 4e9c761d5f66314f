package org.crepituslab.facet;

import java.util.Locale;
import org.crepituslab.facet.model.BubbleDissolution;
import org.crepituslab.facet.model.FacetConstants;
import org.crepituslab.framework.validation.Comparison;

/**
 * The bubble left after the default pop, dissolved by the model's diffusion law in joints whose
 * fluid is stirred more or less by their owner's motion: how long the joint stays refractory, and
 * in how many joints of such a population ultrasound would still see gas 20 minutes after the pop
 * (Jones, Yelverton &amp; Bester 2014).
 */
final class LeftoverBubbleValidation {
    private static final String MODEL = "facet: pop";
    /** Jones et al. 2014: gas still visible in 12 of 18 trapeziometacarpal joints 20 min after manipulation. */
    static final int JONES_VISIBLE = 12;
    static final int JONES_JOINTS = 18;
    /** When Jones et al. looked again, s after the manipulation. */
    static final double LOOK_AGAIN = 20 * 60;
    /**
     * Smallest bubble radius the ultrasound shows, m. A 15 MHz probe has a wavelength of 0.1 mm,
     * but a gas pocket reflects almost all the sound, so pockets well below that show as bright
     * spots (Jones et al. saw "minute" bubbles even in joints never manipulated) (modelling choice:
     * a 50 µm pocket).
     */
    static final double IMAGING_RADIUS = 25e-6;
    /**
     * How much the stirring of the fluid differs between people, as the factor of one standard
     * deviation of its logarithm: some sit still after the manipulation, some walk about
     * (modelling choice: a factor of 3 either way, centred on the default joint).
     */
    static final double STIRRING_SPREAD = 3;
    /**
     * The ends of the range estimated for the fluid's stirring, s⁻¹ (see
     * {@link FacetConstants#FLUID_SHEAR_RATE}): lying still, and walking.
     */
    static final double STILL_SHEAR_RATE = 1;
    static final double WALKING_SHEAR_RATE = 300;
    /** Steps a projection may take (each at most a minute). */
    private static final int MAX_STEPS = 400_000;

    private LeftoverBubbleValidation() {
    }

    /**
     * Seconds after the pop until the joint can pop again, for the released joint's bubble in fluid
     * stirred at {@code shearRate}: the bubble gone and the fluid's gas back as in the model.
     */
    static double refractory(BubbleDissolution released, double shearRate, double restingGas) {
        BubbleDissolution d = released.withShearRate(shearRate);
        double wait = d.runUntil(x -> x.gas() <= FacetConstants.BUBBLE_GONE_AMOUNT
                && x.dissolvedTotal() >= FacetConstants.READY_FRACTION * restingGas * (1 - 1e-12), MAX_STEPS);
        return released.age() + wait;
    }

    /** Radius of the bubble {@code sincePop} seconds after the pop in fluid stirred at {@code shearRate}, m. */
    static double radiusAt(BubbleDissolution released, double shearRate, double sincePop) {
        BubbleDissolution d = released.withShearRate(shearRate);
        d.advance(Math.max(0, sincePop - released.age()));
        return d.radius();
    }

    /** How the refractory period depends on the stirring, in words for the validation note. */
    static String refractoryNote(BubbleDissolution released, double restingGas) {
        double rate = FacetConstants.FLUID_SHEAR_RATE;
        return String.format(Locale.ROOT, "modelling choice: the fluid's stirring by everyday motion (shear rate %.0f/s) "
                        + "is not derived from a measurement; over the range estimated for it the same bubble would take "
                        + "%.0f min at %.0f/s (lying still) to %.0f min at %.0f/s (walking), and %.0f min in still fluid "
                        + "(diffusion alone)",
                rate, refractory(released, STILL_SHEAR_RATE, restingGas) / 60, STILL_SHEAR_RATE,
                refractory(released, WALKING_SHEAR_RATE, restingGas) / 60, WALKING_SHEAR_RATE,
                refractory(released, 0, restingGas) / 60);
    }

    /**
     * Jones et al. 2014: the share of a population of joints (stirring spread log-normally around
     * the default) whose bubble is still at least {@link #IMAGING_RADIUS} 20 min after the pop,
     * with the shares at twice and four times that limit in the note (the limit matters).
     */
    static Comparison jones(BubbleDissolution released) {
        double share = visibleShare(released, IMAGING_RADIUS);
        double[] ci = wilson(JONES_VISIBLE, JONES_JOINTS);
        return Comparison.within(MODEL, "joints with a bubble still visible 20 min after the pop",
                share * 100, ci[0] * 100, ci[1] * 100, "%",
                String.format(Locale.ROOT, "Jones, Yelverton & Bester 2014 (ultrasound, thumb): %d of %d joints (%.0f %%), "
                        + "95 %% CI of that count", JONES_VISIBLE, JONES_JOINTS, 100.0 * JONES_VISIBLE / JONES_JOINTS),
                String.format(Locale.ROOT, "predicted by diffusion for a population whose stirring varies %.0f\u00d7 either "
                        + "way (1 sd, modelling choice), seen if its radius is at least %.0f \u00b5m (modelling choice; "
                        + "%.0f %% at %.0f \u00b5m, %.0f %% at %.0f \u00b5m); in this model such a joint is still refractory",
                        STIRRING_SPREAD, IMAGING_RADIUS * 1e6,
                        100 * visibleShare(released, 2 * IMAGING_RADIUS), 2 * IMAGING_RADIUS * 1e6,
                        100 * visibleShare(released, 4 * IMAGING_RADIUS), 4 * IMAGING_RADIUS * 1e6));
    }

    /**
     * Share of the population whose bubble is still at least {@code imagingRadius} (m) 20 min after
     * the pop. The radius then falls as the stirring grows, so the share is the population's share
     * below the stirring at which the bubble is just at the limit (found by bisection).
     */
    static double visibleShare(BubbleDissolution released, double imagingRadius) {
        double rate = FacetConstants.FLUID_SHEAR_RATE;
        double lo = Math.log(rate / 1000);
        double hi = Math.log(rate * 1000);
        if (radiusAt(released, Math.exp(lo), LOOK_AGAIN) < imagingRadius) {
            return 0;
        }
        if (radiusAt(released, Math.exp(hi), LOOK_AGAIN) >= imagingRadius) {
            return 1;
        }
        for (int i = 0; i < 20; i++) { // the limit to 10⁻⁵ of itself
            double mid = 0.5 * (lo + hi);
            if (radiusAt(released, Math.exp(mid), LOOK_AGAIN) >= imagingRadius) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double limit = Math.exp(0.5 * (lo + hi));
        return normalCdf(Math.log(limit / rate) / Math.log(STIRRING_SPREAD));
    }

    /** Wilson 95 % score interval of k successes in n. */
    static double[] wilson(int k, int n) {
        double z = 1.959964;
        double p = k / (double) n;
        double z2n = z * z / n;
        double centre = (p + z2n / 2) / (1 + z2n);
        double half = z / (1 + z2n) * Math.sqrt(p * (1 - p) / n + z2n / (4 * n));
        return new double[] {centre - half, centre + half};
    }

    /** Standard normal cumulative distribution (Abramowitz &amp; Stegun 7.1.26, error below 1.5·10⁻⁷). */
    static double normalCdf(double x) {
        double t = 1 / (1 + 0.3275911 * Math.abs(x) / Math.sqrt(2));
        double poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
        double erf = 1 - poly * Math.exp(-x * x / 2);
        return x >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
    }
}
