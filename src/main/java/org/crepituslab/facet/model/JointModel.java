package org.crepituslab.facet.model;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.crepituslab.framework.Emitter;
import org.crepituslab.framework.SimModel;

/**
 * The facet screen's model: the {@link Joint} physics behind JavaFX properties the controls bind
 * to, the event emitters the view and sound subscribe to, and the named read-outs and parameters
 * of the quiz contract. Time acceleration (×1, ×60, ×600) multiplies simulated time so the
 * ~20 minute refractory period can be watched.
 */
public final class JointModel implements SimModel {
    private final Joint joint = new Joint();
    private final DoubleProperty requestedPull = new SimpleDoubleProperty(this, "requestedPull", 0);
    private final DoubleProperty stretchRate = new SimpleDoubleProperty(this, "stretchRate", FacetConstants.STRETCH_RATE);
    private final DoubleProperty stretchAmount = new SimpleDoubleProperty(this, "stretchAmount",
            FacetConstants.STANDARD_STRETCH);
    private final DoubleProperty threshold = new SimpleDoubleProperty(this, "threshold",
            FacetConstants.NUCLEATION_THRESHOLD);
    private final DoubleProperty timeAcceleration = new SimpleDoubleProperty(this, "timeAcceleration", 1);
    private final ObjectProperty<SoundExplanation> soundExplanation = new SimpleObjectProperty<>(this,
            "soundExplanation", SoundExplanation.PARTIAL_COLLAPSE);
    private final ReadOnlyObjectWrapper<Stage> stage = new ReadOnlyObjectWrapper<>(this, "stage", Stage.REST);
    private final ReadOnlyObjectWrapper<PopEvent> lastPop = new ReadOnlyObjectWrapper<>(this, "lastPop");
    private boolean syncing;

    public JointModel() {
        joint.popEvents().addListener(lastPop::set);
        requestedPull.addListener((o, a, b) -> {
            if (!syncing) {
                joint.stretch().setRequestedPull(b.doubleValue());
            }
        });
        stretchRate.addListener((o, a, b) -> joint.stretch().setRate(b.doubleValue()));
        stretchAmount.addListener((o, a, b) -> joint.stretch().setAmount(b.doubleValue()));
        threshold.addListener((o, a, b) -> joint.setThreshold(b.doubleValue()));
    }

    @Override
    public void step(double dt) {
        if (dt > 0) {
            joint.advance(dt * timeAcceleration.get());
        }
        sync();
    }

    /** Copies the physics' state into the properties (once per step, not per sub-step). */
    private void sync() {
        syncing = true;
        try {
            requestedPull.set(joint.stretch().requestedPull());
        } finally {
            syncing = false;
        }
        stage.set(joint.stage());
    }

    @Override
    public void reset() {
        joint.reset();
        syncing = true;
        try {
            requestedPull.set(0);
        } finally {
            syncing = false;
        }
        stretchRate.set(FacetConstants.STRETCH_RATE);
        stretchAmount.set(FacetConstants.STANDARD_STRETCH);
        threshold.set(FacetConstants.NUCLEATION_THRESHOLD);
        timeAcceleration.set(1);
        soundExplanation.set(SoundExplanation.PARTIAL_COLLAPSE);
        lastPop.set(null);
        sync();
    }

    /** Pull to the stretch amount at the stretch speed, hold half a second, let go. */
    public void startStandardStretch() {
        joint.stretch().startStandard();
        sync();
    }

    /**
     * The busiest state: a standard stretch every 1.5 s and gas that re-dissolves in a second, so
     * every stretch pops (for the benchmark, the fuzzer and soak runs).
     */
    public void makeBusy() {
        joint.gas().setExchangeBoost(FacetConstants.BUSY_EXCHANGE_BOOST);
        joint.stretch().setRepeating(true);
        sync();
    }

    public boolean isStretchProgramRunning() {
        return joint.stretch().isProgramRunning();
    }

    // --- named read-outs and parameters (doc/MODEL.md lists them) ----------------------------------

    @Override
    public double readout(String name) {
        return switch (name) {
            case "pops" -> joint.pops();
            case "refractoryBlocks" -> joint.episodes().blocks();
            case "gap_mm" -> joint.gap() * 1e3;
            case "pressure_kpa" -> joint.pressure() / 1e3;
            case "bubbleRadius_mm" -> joint.bubbleRadius() * 1e3;
            case "refractoryRemaining_min" -> joint.refractory().remaining() / 60;
            case "timeAcceleration" -> timeAcceleration.get();
            case "soundModel" -> soundExplanation.get().code();
            case "pull_mm" -> joint.stretch().pull() * 1e3;
            case "dissolvedGas_percent" -> joint.gas().dissolvedFraction() * 100;
            case "threshold_kpa" -> joint.threshold() / 1e3;
            case "stretchRate_mm_s" -> joint.stretch().rate() * 1e3;
            case "stretchAmount_mm" -> joint.stretch().amount() * 1e3;
            case "ready" -> joint.refractory().isReady() ? 1 : 0;
            case "time_s" -> joint.time();
            default -> Double.NaN;
        };
    }

    @Override
    public boolean setParameter(String name, double value) {
        if (!Double.isFinite(value)) {
            return false;
        }
        switch (name) {
            case "timeAcceleration" -> {
                for (double a : FacetConstants.TIME_ACCELERATIONS) {
                    if (a == value) {
                        timeAcceleration.set(value);
                        return true;
                    }
                }
                return false;
            }
            case "soundModel" -> {
                SoundExplanation e = SoundExplanation.ofCode(value);
                if (e == null) {
                    return false;
                }
                soundExplanation.set(e);
                return true;
            }
            case "pull_mm" -> {
                return setInRange(requestedPull, value / 1e3, 0, FacetConstants.MAX_STRETCH);
            }
            case "stretchAmount_mm" -> {
                return setInRange(stretchAmount, value / 1e3, 0, FacetConstants.MAX_STRETCH);
            }
            case "stretchRate_mm_s" -> {
                return setInRange(stretchRate, value / 1e3, FacetConstants.STRETCH_RATE_MIN,
                        FacetConstants.STRETCH_RATE_MAX);
            }
            case "threshold_kpa" -> {
                return setInRange(threshold, value * 1e3, FacetConstants.THRESHOLD_MIN, FacetConstants.THRESHOLD_MAX);
            }
            default -> {
                return false;
            }
        }
    }

    private static boolean setInRange(DoubleProperty p, double v, double min, double max) {
        if (v < min - 1e-12 || v > max + 1e-12) {
            return false;
        }
        p.set(Math.max(min, Math.min(max, v)));
        return true;
    }

    @Override
    public String checkInvariants() {
        return joint.checkInvariants();
    }

    // --- state for the view ---------------------------------------------------------------------

    /** The physics, for read-only queries (the view draws from it every frame). */
    public Joint joint() {
        return joint;
    }

    /** Each pop; {@link #lastPopProperty()} already holds it when listeners hear of it. */
    public Emitter<PopEvent> pops() {
        return joint.popEvents();
    }

    public Emitter<NoPopEvent> noPops() {
        return joint.episodes().noPops();
    }

    /** Emits the simulated time at which the refractory period ended. */
    public Emitter<Double> readyAgain() {
        return joint.refractory().readyAgain();
    }

    /** The pull the user asks for, m (slider and drag); the standard stretch moves it too. */
    public DoubleProperty requestedPullProperty() {
        return requestedPull;
    }

    /** Stretch speed, m/s. */
    public DoubleProperty stretchRateProperty() {
        return stretchRate;
    }

    /** Pull of the standard stretch, m. */
    public DoubleProperty stretchAmountProperty() {
        return stretchAmount;
    }

    /** Nucleation threshold, Pa gauge. */
    public DoubleProperty thresholdProperty() {
        return threshold;
    }

    /** 1, 60 or 600. */
    public DoubleProperty timeAccelerationProperty() {
        return timeAcceleration;
    }

    public ObjectProperty<SoundExplanation> soundExplanationProperty() {
        return soundExplanation;
    }

    public ReadOnlyObjectProperty<Stage> stageProperty() {
        return stage.getReadOnlyProperty();
    }

    /** The most recent pop (its trace feeds the replay and "Save pop as WAV"), or null. */
    public ReadOnlyObjectProperty<PopEvent> lastPopProperty() {
        return lastPop.getReadOnlyProperty();
    }
}
