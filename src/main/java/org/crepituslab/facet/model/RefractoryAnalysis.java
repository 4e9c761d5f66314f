package org.crepituslab.facet.model;

import static org.crepituslab.facet.model.FacetConstants.BUBBLE_MARGIN;
import static org.crepituslab.facet.model.FacetConstants.EFFECTIVE_AREA;
import static org.crepituslab.facet.model.FacetConstants.P_ATM;
import static org.crepituslab.facet.model.FacetConstants.P_VAPOUR;
import static org.crepituslab.facet.model.FacetConstants.READY_FRACTION;
import static org.crepituslab.facet.model.FacetConstants.RT;

import java.util.function.DoubleSupplier;
import org.crepituslab.framework.Emitter;

/**
 * Whether the joint can pop again, why not, and for how long not: enough gas must be back in
 * solution, and any leftover bubble must be small enough that the standard stretch still brings
 * the fluid to the threshold. Emits the moment the refractory period ends.
 */
public final class RefractoryAnalysis {
    private final GasPools gas;
    private final StretchProgramme stretch;
    private final DoubleSupplier threshold;
    /** Simulated time since the bubble formed, s. */
    private final DoubleSupplier age;
    /** The last projection: made at this age, ready at that age, at rest, with this exchange boost. */
    private double cachedAge = Double.NEGATIVE_INFINITY;
    private double cachedReadyAge;
    private boolean cachedResting;
    private double cachedBoost;
    private double cachedBubbleGas;
    private final Emitter<Double> readyAgainEmitter = new Emitter<>();
    private boolean wasReady;
    private boolean readyAgain;

    RefractoryAnalysis(GasPools gas, StretchProgramme stretch, DoubleSupplier threshold, DoubleSupplier age) {
        this.gas = gas;
        this.age = age;
        this.stretch = stretch;
        this.threshold = threshold;
        reset();
    }

    void reset() {
        wasReady = true;
        readyAgain = false;
        forgetProjection();
    }

    /** Emits the simulated time at which the refractory period ended. */
    public Emitter<Double> readyAgain() {
        return readyAgainEmitter;
    }

    /** Enough gas back in solution for a cavity to nucleate. */
    boolean isGasReady() {
        return gas.dissolvedFraction() >= READY_FRACTION - 1e-12;
    }

    /**
     * The leftover bubble is small enough that the standard stretch would still bring the fluid to
     * the threshold (a bigger one expands and takes up the stretch instead).
     */
    private boolean isBubbleSmall() {
        return gas.bubbleTotal() <= bubbleGasAllowed();
    }

    /** Ready to pop again: enough dissolved gas and no bubble big enough to absorb a standard stretch. */
    public boolean isReady() {
        return isGasReady() && isBubbleSmall();
    }

    /** Why the joint is refractory now, or null if it is ready. */
    public NoPopReason reason() {
        if (!isBubbleSmall()) {
            return NoPopReason.BUBBLE_PRESENT;
        }
        return isGasReady() ? null : NoPopReason.NOT_ENOUGH_GAS;
    }

    /** Most gas a leftover bubble may hold for the standard stretch to reach the threshold, mol. */
    private double bubbleGasAllowed() {
        double t = threshold.getAsDouble();
        double v = EFFECTIVE_AREA * stretch.amount() + JointMechanics.COMPLIANCE_SUCTION * t;
        if (v <= 0) {
            return 0;
        }
        double gasPressure = P_ATM + t - P_VAPOUR
                + 2 * FacetConstants.SURFACE_TENSION / RayleighPlesset.radiusOfVolume(v);
        return Math.max(0, BUBBLE_MARGIN * gasPressure * v / RT);
    }

    /**
     * Simulated seconds until the joint can pop again if it rests: the bubble, at ambient pressure,
     * is dissolved forward in time by the same diffusion law the model uses ({@link GasExchange})
     * until both conditions hold.
     */
    public double remaining() {
        if (isReady()) {
            return 0;
        }
        // at rest the state evolves exactly as projected, so the projection holds until the next
        // stretch or pop: reuse it (it costs milliseconds, and the narration asks every frame)
        double now = age();
        boolean resting = stretch.pull() == 0;
        // (a stretch in between feeds the bubble: more gas than when the projection was made)
        double bubbleGas = gas.bubbleTotal();
        if (resting && cachedResting && now >= cachedAge && cachedBoost == gas.exchangeBoost()
                && bubbleGas <= cachedBubbleGas * (1 + 1e-9)
                && now - cachedAge < 0.5 * (cachedReadyAge - cachedAge) + 1) {
            return Math.max(0, cachedReadyAge - now);
        }
        double wait = project();
        cachedAge = now;
        cachedReadyAge = now + wait;
        cachedResting = resting;
        cachedBoost = gas.exchangeBoost();
        cachedBubbleGas = bubbleGas;
        return wait;
    }

    /** Forgets the cached projection (a reset). */
    private void forgetProjection() {
        cachedResting = false;
        cachedAge = Double.NEGATIVE_INFINITY;
    }

    private double project() {
        int n = GasSpecies.COUNT;
        double[] bubble = new double[n];
        double[] dissolved = new double[n];
        double[] rate = new double[n];
        double resting = gas.totalResting();
        for (GasSpecies g : GasSpecies.values()) {
            bubble[g.ordinal()] = gas.bubble(g);
            dissolved[g.ordinal()] = gas.dissolved(g);
        }
        double allowedBubble = Math.max(bubbleGasAllowed(), FacetConstants.BUBBLE_GONE_AMOUNT);
        double t = 0;
        double age = Math.max(age(), 1e-3);
        for (int step = 0; step < 200_000; step++) {
            double total = 0;
            double free = 0;
            for (int i = 0; i < n; i++) {
                total += bubble[i];
                free += dissolved[i];
            }
            if (total <= allowedBubble && free >= READY_FRACTION * resting - 1e-12 * resting) {
                return t;
            }
            // explicit steps, short enough for the fastest gas to stay stable and for the bubble to
            // shrink by at most 5 % per step
            double volume = total * RT / (P_ATM - FacetConstants.P_VAPOUR);
            double radius = RayleighPlesset.radiusOfVolume(volume);
            for (int k = 0; k < 3; k++) { // the Laplace pressure squeezes a small bubble
                volume = total * RT / (P_ATM - FacetConstants.P_VAPOUR + 2 * FacetConstants.SURFACE_TENSION / radius);
                radius = RayleighPlesset.radiusOfVolume(volume);
            }
            GasExchange.rates(radius, age + t, dissolved, bubble, gas.exchangeBoost(), rate);
            double net = 0;
            double h = 60;
            for (int i = 0; i < n; i++) {
                net += rate[i];
                GasSpecies g = GasSpecies.values()[i];
                double lambda = 4 * Math.PI * radius * g.diffusivity() * GasExchange.layer(radius, g, age + t)
                        * gas.exchangeBoost() * (1 / FacetConstants.FLUID_VOLUME + g.solubility() * RT / volume);
                h = Math.min(h, 0.5 / lambda);
            }
            if (net < 0) {
                h = Math.min(h, 0.05 * total / -net);
            }
            for (int i = 0; i < n; i++) {
                double moved = Math.max(-bubble[i], Math.min(dissolved[i], h * rate[i]));
                bubble[i] += moved;
                dissolved[i] -= moved;
            }
            t += h;
        }
        return Double.POSITIVE_INFINITY;
    }

    private double age() {
        double a = age.getAsDouble();
        return Double.isFinite(a) ? a : 1e9;
    }

    /** True from the end of a refractory period until the next stretch begins. */
    boolean isReadyAgain() {
        return readyAgain;
    }

    /** A new stretch began: the end of the last refractory period is old news. */
    void forgetReadyAgain() {
        readyAgain = false;
    }

    /** Notices (once per step) the moment the joint becomes ready again. */
    void track(double time) {
        boolean ready = isReady();
        if (ready && !wasReady) {
            readyAgain = true;
            readyAgainEmitter.emit(time);
        }
        wasReady = ready;
    }
}
