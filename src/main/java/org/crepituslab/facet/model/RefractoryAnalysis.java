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
    private final Emitter<Double> readyAgainEmitter = new Emitter<>();
    private boolean wasReady;
    private boolean readyAgain;

    RefractoryAnalysis(GasPools gas, StretchProgramme stretch, DoubleSupplier threshold) {
        this.gas = gas;
        this.stretch = stretch;
        this.threshold = threshold;
        reset();
    }

    void reset() {
        wasReady = true;
        readyAgain = false;
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
     * Simulated seconds until the joint can pop again if it rests. At rest the bubble's gas decays
     * as e^(−t/τ) into solution, so each condition takes τ·ln(gas now / gas allowed).
     */
    public double remaining() {
        if (isReady()) {
            return 0;
        }
        double out = gas.bubbleTotal();
        double allowedForGas = (1 - READY_FRACTION) * gas.totalResting() - (gas.dissolvedDeficit() - out);
        double allowedForBubble = bubbleGasAllowed();
        double redissolveTime = gas.redissolveTime();
        double wait = 0;
        if (allowedForGas > 0 && out > allowedForGas) {
            wait = Math.max(wait, redissolveTime * Math.log(out / allowedForGas));
        } else if (allowedForGas <= 0) {
            return Double.POSITIVE_INFINITY;
        }
        if (allowedForBubble > 0 && out > allowedForBubble) {
            wait = Math.max(wait, redissolveTime * Math.log(out / allowedForBubble));
        } else if (allowedForBubble <= 0 && out > 0) {
            return Double.POSITIVE_INFINITY;
        }
        return wait;
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
