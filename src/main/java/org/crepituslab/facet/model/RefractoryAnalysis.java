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
    /**
     * While the joint is being stretched the projection changes as the stretch feeds the bubble;
     * it is made again at most this often (simulated seconds), like a display's refresh: a stretch
     * lasts about a second, and each projection costs about a millisecond of a 16 ms frame.
     */
    static final double REPROJECT_WHILE_MOVING_S = 0.1;
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
        if (now >= cachedAge && now - cachedAge < REPROJECT_WHILE_MOVING_S && cachedBoost == gas.exchangeBoost()) {
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
        double resting = gas.totalResting();
        double allowedBubble = Math.max(bubbleGasAllowed(), FacetConstants.BUBBLE_GONE_AMOUNT);
        BubbleDissolution leftover = BubbleDissolution.of(gas, age(), FacetConstants.FLUID_SHEAR_RATE);
        return leftover.runUntil(d -> d.gas() <= allowedBubble
                && d.dissolvedTotal() >= READY_FRACTION * resting - 1e-12 * resting, 200_000);
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
