package org.crepituslab.facet.model;

import static org.crepituslab.facet.model.FacetConstants.EPISODE_END;
import static org.crepituslab.facet.model.FacetConstants.EPISODE_START;

import java.util.function.DoubleSupplier;
import org.crepituslab.framework.Emitter;

/**
 * Stretches as episodes: one begins when the pull passes a small start distance and ends when it
 * is let back below a smaller one. A stretch far enough to pop that did not, or one that took the
 * fluid past the threshold without popping, is a stretch the refractory period blocked: it is
 * counted and emitted with its reason.
 */
public final class StretchEpisodes {
    private final StretchProgramme stretch;
    private final GasPools gas;
    private final RefractoryAnalysis refractory;
    private final DoubleSupplier threshold;
    private final Emitter<NoPopEvent> noPopEmitter = new Emitter<>();
    private int blocks;
    private boolean open;
    private double start;
    private boolean popped;
    private boolean reachedThreshold;
    private boolean decided;
    private boolean gasReady;
    private double minPressure;

    StretchEpisodes(StretchProgramme stretch, GasPools gas, RefractoryAnalysis refractory, DoubleSupplier threshold) {
        this.stretch = stretch;
        this.gas = gas;
        this.refractory = refractory;
        this.threshold = threshold;
        reset();
    }

    void reset() {
        blocks = 0;
        open = false;
        start = 0;
        popped = false;
        reachedThreshold = false;
        decided = false;
        gasReady = true;
        minPressure = 0;
    }

    /** Stretches that would have popped but for the refractory period. */
    public Emitter<NoPopEvent> noPops() {
        return noPopEmitter;
    }

    /** How many stretches the refractory period blocked. */
    public int blocks() {
        return blocks;
    }

    /** A stretch is under way. */
    boolean isOpen() {
        return open;
    }

    /** When the current stretch began, s; NaN between stretches. */
    double startOrNaN() {
        return open ? start : Double.NaN;
    }

    /** Whether the fluid held enough gas to pop when the current stretch began. */
    boolean gasReadyAtStart() {
        return gasReady;
    }

    /** The joint popped during this stretch. */
    void markPopped() {
        popped = true;
    }

    /** Follows the stretch after a step to {@code time}, the fluid at {@code pressure}. */
    void track(double time, double pressure, boolean popping, double lastPopTime) {
        double pull = stretch.pull();
        if (!open && pull > EPISODE_START) {
            open = true;
            start = time - (pull - EPISODE_START) / stretch.rate();
            popped = popping && lastPopTime >= start;
            reachedThreshold = false;
            decided = false;
            gasReady = refractory.isGasReady();
            minPressure = pressure;
            refractory.forgetReadyAgain();
        }
        if (!open) {
            return;
        }
        minPressure = Math.min(minPressure, pressure);
        if (pressure <= threshold.getAsDouble()) {
            reachedThreshold = true;
        }
        boolean farEnough = pull >= JointMechanics.pullForPressure(threshold.getAsDouble()) - 1e-12;
        if (!decided && farEnough && stretch.velocity() <= 0 && !popping) {
            decide(time);
        }
        if (pull < EPISODE_END && stretch.velocity() <= 0) {
            if (!decided && reachedThreshold) {
                decide(time);
            }
            open = false;
        }
    }

    private void decide(double time) {
        decided = true;
        if (popped) {
            return;
        }
        blocks++;
        NoPopReason reason = reachedThreshold ? NoPopReason.NOT_ENOUGH_GAS : NoPopReason.BUBBLE_PRESENT;
        noPopEmitter.emit(new NoPopEvent(time, start, reason, gas.dissolvedFraction(), minPressure));
    }
}
