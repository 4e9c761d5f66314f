package org.crepituslab.facet.model;

import static org.crepituslab.facet.model.FacetConstants.P_ATM;
import static org.crepituslab.facet.model.FacetConstants.P_VAPOUR;
import static org.crepituslab.facet.model.FacetConstants.RT;
import static org.crepituslab.facet.model.FacetConstants.SURFACE_TENSION;

import java.util.function.Predicate;

/**
 * A leftover bubble in a resting joint, dissolved forward in time by the model's diffusion law
 * ({@link GasExchange}): the bubble sits at ambient pressure (plus its Laplace pressure), and every
 * gas crosses its wall down its own concentration difference, into a closed pool of fluid. The
 * refractory projection uses it with the default joint; comparisons with measurements use it with
 * joints whose fluid volume or motion differ.
 */
public final class BubbleDissolution {
    private static final GasSpecies[] SPECIES = GasSpecies.values();
    private static final int GASES = GasSpecies.COUNT;
    /** Longest explicit step, s. */
    private static final double MAX_STEP = 60;

    private final double[] bubble = new double[GASES];
    private final double[] dissolved = new double[GASES];
    private final double[] rate = new double[GASES];
    private final double fluidVolume;
    private final double shearRate;
    private final double boost;
    /** Age of the bubble when the projection starts, s. */
    private final double startAge;
    private double elapsed;

    /**
     * @param bubble      moles of each gas in the bubble (copied)
     * @param dissolved   moles of each gas in solution (copied)
     * @param age         time since the bubble formed, s
     * @param fluidVolume volume of the joint's fluid, m³
     * @param shearRate   shear rate of the fluid around the bubble, s⁻¹
     * @param boost       speed-up of the return into solution (1 in the model)
     */
    public BubbleDissolution(double[] bubble, double[] dissolved, double age, double fluidVolume, double shearRate,
                             double boost) {
        System.arraycopy(bubble, 0, this.bubble, 0, GASES);
        System.arraycopy(dissolved, 0, this.dissolved, 0, GASES);
        this.startAge = Math.max(age, 1e-3);
        this.fluidVolume = fluidVolume;
        this.shearRate = shearRate;
        this.boost = boost;
    }

    /** The joint's bubble and dissolved gas now, in a fluid sheared at {@code shearRate} (s⁻¹). */
    public static BubbleDissolution of(GasPools gas, double age, double shearRate) {
        double[] b = new double[GASES];
        double[] d = new double[GASES];
        for (GasSpecies g : SPECIES) {
            b[g.ordinal()] = gas.bubble(g);
            d[g.ordinal()] = gas.dissolved(g);
        }
        return new BubbleDissolution(b, d, age, FacetConstants.FLUID_VOLUME, shearRate, gas.exchangeBoost());
    }

    /** The same bubble and fluid as now, in a fluid sheared at another rate (s⁻¹); the projected time starts again at 0. */
    public BubbleDissolution withShearRate(double otherShearRate) {
        return new BubbleDissolution(bubble, dissolved, startAge + elapsed, fluidVolume, otherShearRate, boost);
    }

    /** Shear rate of the fluid around the bubble, s⁻¹. */
    public double shearRate() {
        return shearRate;
    }

    /** Age of the bubble now, s since it formed. */
    public double age() {
        return startAge + elapsed;
    }

    /** Moles of gas in the bubble, all species. */
    public double gas() {
        double s = 0;
        for (double v : bubble) {
            s += v;
        }
        return s;
    }

    /** Moles of gas in solution, all species. */
    public double dissolvedTotal() {
        double s = 0;
        for (double v : dissolved) {
            s += v;
        }
        return s;
    }

    /** Seconds projected so far. */
    public double elapsed() {
        return elapsed;
    }

    /** The bubble's volume at ambient pressure, squeezed a little by its Laplace pressure, m³ (0: none). */
    public double volume() {
        double total = gas();
        if (!(total > 0)) {
            return 0;
        }
        double volume = total * RT / (P_ATM - P_VAPOUR);
        double radius = RayleighPlesset.radiusOfVolume(volume);
        for (int k = 0; k < 3; k++) { // the Laplace pressure squeezes a small bubble
            volume = total * RT / (P_ATM - P_VAPOUR + 2 * SURFACE_TENSION / radius);
            radius = RayleighPlesset.radiusOfVolume(volume);
        }
        return volume;
    }

    /** The bubble's radius at ambient pressure, m (0: none). */
    public double radius() {
        return RayleighPlesset.radiusOfVolume(volume());
    }

    /**
     * Projects forward until {@code done} holds, at most {@code maxSteps} steps; returns the
     * seconds projected, or +∞ if it never held.
     */
    public double runUntil(Predicate<BubbleDissolution> done, int maxSteps) {
        for (int step = 0; step < maxSteps; step++) {
            if (done.test(this)) {
                return elapsed;
            }
            step();
        }
        return done.test(this) ? elapsed : Double.POSITIVE_INFINITY;
    }

    /** Projects exactly {@code seconds} further (the last step is cut short to land there). */
    public void advance(double seconds) {
        double end = elapsed + seconds;
        for (int step = 0; step < 1_000_000 && end - elapsed > 1e-9 * Math.max(1, end); step++) {
            step(end - elapsed);
        }
    }

    /**
     * One explicit step, short enough for the fastest gas to stay stable and for the bubble to
     * shrink by at most 5 %; returns its length, s.
     */
    double step() {
        return step(MAX_STEP);
    }

    /** {@link #step()} no longer than {@code longest} seconds. */
    private double step(double longest) {
        double total = gas();
        double volume = volume();
        double radius = RayleighPlesset.radiusOfVolume(volume);
        double age = startAge + elapsed;
        GasExchange.rates(radius, age, dissolved, bubble, boost, fluidVolume, shearRate, rate);
        double net = 0;
        double h = Math.min(MAX_STEP, longest);
        for (int i = 0; i < GASES; i++) {
            net += rate[i];
            if (volume > 0) {
                GasSpecies g = SPECIES[i];
                double lambda = 4 * Math.PI * radius * g.diffusivity() * GasExchange.layer(radius, g, age, shearRate)
                        * boost * (1 / fluidVolume + g.solubility() * RT / volume);
                h = Math.min(h, 0.5 / lambda);
            }
        }
        if (net < 0) {
            h = Math.min(h, 0.05 * total / -net);
        }
        for (int i = 0; i < GASES; i++) {
            double moved = Math.max(-bubble[i], Math.min(dissolved[i], h * rate[i]));
            bubble[i] += moved;
            dissolved[i] -= moved;
        }
        elapsed += h;
        return h;
    }
}
