package org.crepituslab.facet.model;

import static org.crepituslab.facet.model.FacetConstants.CAVITATION_STAGE_TIME;
import static org.crepituslab.facet.model.FacetConstants.NUCLEUS_RADIUS;
import static org.crepituslab.facet.model.FacetConstants.RT;
import static org.crepituslab.facet.model.FacetConstants.SLOW_STEP_ACTIVE;

import org.crepituslab.framework.Emitter;

/**
 * The facet joint's physics, free of JavaFX so the command line, the benchmark and the tests run
 * it directly. It holds the parts, each with one job: the {@link StretchProgramme} (the pull),
 * the {@link GasPools} (where the gas is), the {@link StretchEpisodes} (stretches that did not pop)
 * and the {@link RefractoryAnalysis} (when it can pop again); it owns time, the bubble's volume
 * and the fluid's pressure, and the pop.
 * <p>
 * Two time scales: a cheap quasi-static model (bubble in mechanical equilibrium, gas moving in and
 * out of solution) that can take seconds per step while the joint rests, and the adaptive
 * Rayleigh–Plesset integration ({@link BubbleDynamics}) that runs only for the few ms a pop lasts.
 * Every step of either is cut at the moments the pull changes course, and nucleation is located
 * inside a step by bisection, so the result does not depend on how time is chopped.
 */
public final class Joint {
    private final StretchProgramme stretch = new StretchProgramme();
    private final GasPools gas = new GasPools();
    private final RefractoryAnalysis refractory = new RefractoryAnalysis(gas, stretch, this::threshold, this::sinceLastPop);
    private final StretchEpisodes episodes = new StretchEpisodes(stretch, gas, refractory, this::threshold);
    private final BubbleDynamics dynamics = gas.newFastPhase();
    private final Emitter<PopEvent> popEmitter = new Emitter<>();

    private double threshold;
    private double time;
    /** True while the fast Rayleigh–Plesset phase of a pop runs. */
    private boolean popping;
    private double volume;
    private double pressure;
    private int pops;
    private double lastPopTime;
    private double popPressure;
    private double popGap;
    private double popStretchStart;

    public Joint() {
        reset();
    }

    /** Everything back to a rested joint with the default parameters. */
    public void reset() {
        threshold = FacetConstants.NUCLEATION_THRESHOLD;
        stretch.reset();
        gas.reset();
        episodes.reset();
        refractory.reset();
        time = 0;
        popping = false;
        volume = 0;
        pressure = 0;
        pops = 0;
        lastPopTime = Double.NEGATIVE_INFINITY;
        popPressure = 0;
        popGap = 0;
        popStretchStart = Double.NaN;
    }

    public StretchProgramme stretch() {
        return stretch;
    }

    public GasPools gas() {
        return gas;
    }

    public StretchEpisodes episodes() {
        return episodes;
    }

    public RefractoryAnalysis refractory() {
        return refractory;
    }

    /** Each pop, once its fast phase has settled. */
    public Emitter<PopEvent> popEvents() {
        return popEmitter;
    }

    // --- time ------------------------------------------------------------------------------------

    /** Advances by {@code seconds} of simulated time; events are emitted on the way. */
    public void advance(double seconds) {
        if (!(seconds > 0)) {
            return;
        }
        double end = time + seconds;
        int guard = 0;
        while (time < end) {
            if (++guard > 50_000_000) {
                throw new IllegalStateException("the joint model made no progress at t = " + time);
            }
            double velocity = stretch.velocity();
            double kink = stretch.nextKink(time, velocity);
            double segmentEnd = Math.min(end, kink);
            if (popping) {
                dynamics.setPull(time, stretch.pull(), velocity);
                boolean settled = dynamics.advance(segmentEnd);
                double t1 = dynamics.time();
                stretch.move(velocity, t1 - time);
                time = t1;
                pressure = dynamics.fluidPressure();
                if (settled) {
                    finishPop();
                }
            } else {
                slowStep(segmentEnd, velocity);
            }
            if (time >= kink) {
                time = kink;
                stretch.atKink(time);
                if (!popping) {
                    updateStatic();
                }
            }
            episodes.track(time, pressure, popping, lastPopTime);
            refractory.track(time);
        }
    }

    private void slowStep(double segmentEnd, double velocity) {
        double limit = gas.stepLimit(pressure, volume, time - lastPopTime);
        if (velocity != 0) {
            limit = Math.min(limit, 5 * SLOW_STEP_ACTIVE);
        }
        double h = Math.min(segmentEnd - time, limit);
        boolean toEnd = h >= segmentEnd - time;
        double p0 = pressure;
        // the fluid's gas when the stretch began decides: gas seeping into a leftover bubble
        // during the stretch does not count against it
        boolean ready = episodes.isOpen() ? episodes.gasReadyAtStart() : refractory.isGasReady();
        gas.save();
        double v0 = volume;
        double t0 = time;
        double pull0 = stretch.pull();
        integrate(h, velocity);
        double tension = nucleationPressure(velocity);
        if (ready && p0 > tension && pressure <= tension) {
            // where in the step the threshold was crossed (gas held at its start value)
            double s = JointMechanics.crossing(gas.savedBubbleTotal(), pull0, velocity, h, volume, tension);
            gas.restore();
            volume = v0;
            time = t0;
            stretch.restorePull(pull0);
            integrate(s * h, velocity);
            nucleate();
        } else if (toEnd) {
            time = segmentEnd; // no rounding drift: the segment ends exactly where the pull changes course
        }
    }

    /**
     * The fluid pressure at which a nucleus forms for a pull moving at {@code velocity}: the
     * threshold at the default stretch speed, deeper for a faster pull (nucleation is a rate
     * process: {@link FacetConstants#NUCLEATION_RATE_SPREAD} per e-fold of speed), never above
     * the vapour pressure.
     */
    double nucleationPressure(double velocity) {
        double ratio = Math.abs(velocity) / FacetConstants.STRETCH_RATE;
        double lo = FacetConstants.STRETCH_RATE_MIN / FacetConstants.STRETCH_RATE;
        double hi = FacetConstants.STRETCH_RATE_MAX / FacetConstants.STRETCH_RATE;
        double shift = FacetConstants.NUCLEATION_RATE_SPREAD * Math.log(Math.max(lo, Math.min(hi, ratio)));
        return Math.min(threshold - shift, FacetConstants.P_VAPOUR - FacetConstants.P_ATM - 5_000);
    }

    /** One quasi-static step: gas exchange, the pull moves on, the bubble re-balances. */
    private void integrate(double h, double velocity) {
        if (h <= 0) {
            return;
        }
        gas.exchange(h, time, lastPopTime, pressure, volume, stretch.pull(), velocity);
        stretch.move(velocity, h);
        time += h;
        updateStatic();
    }

    /** Re-solves the bubble's equilibrium for the current gas and pull, and lets a tiny bubble dissolve. */
    private void updateStatic() {
        double bubbleGas = gas.dissolveTinyBubble();
        volume = JointMechanics.equilibriumVolume(bubbleGas, stretch.pull(), volume);
        pressure = JointMechanics.gaugePressure(volume, stretch.pull());
    }

    /** Tribonucleation: a small cavity opens, filled with vapour and gas at the fluid's gas tension. */
    private void nucleate() {
        pops++;
        lastPopTime = time;
        popPressure = pressure;
        popGap = gap();
        popStretchStart = episodes.startOrNaN();
        episodes.markPopped();
        double nucleus = RayleighPlesset.volume(NUCLEUS_RADIUS);
        gas.fillNucleus(nucleus);
        double total = volume + nucleus;
        double gasPressure = gas.bubbleTotal() * RT / total;
        dynamics.setPull(time, stretch.pull(), stretch.velocity());
        gas.handTo(dynamics, time, RayleighPlesset.radiusOfVolume(total), gasPressure);
        popping = true;
        pressure = dynamics.fluidPressure();
    }

    private void finishPop() {
        gas.takeBack();
        popping = false;
        volume = RayleighPlesset.volume(dynamics.radius());
        updateStatic();
        popEmitter.emit(new PopEvent(lastPopTime, popStretchStart, popPressure, popGap, dynamics.trace()));
    }

    // --- read-outs -------------------------------------------------------------------------------

    public double time() {
        return time;
    }

    /** Gauge pressure of the synovial fluid, Pa. */
    public double pressure() {
        return pressure;
    }

    /** Separation of the articular surfaces beyond rest, m. */
    public double gap() {
        return JointMechanics.gap(stretch.pull(), pressure);
    }

    public double bubbleRadius() {
        return popping ? dynamics.radius() : RayleighPlesset.radiusOfVolume(volume);
    }

    /** Simulated time since the last nucleation, s (infinite before the first). */
    double sinceLastPop() {
        return time - lastPopTime;
    }

    public int pops() {
        return pops;
    }

    /** The pull at which a rested joint reaches the threshold and pops. */
    public double popPull() {
        return JointMechanics.pullForPressure(threshold);
    }

    /** Nucleation threshold, Pa gauge. */
    public double threshold() {
        return threshold;
    }

    public void setThreshold(double pascalsGauge) {
        threshold = Math.max(FacetConstants.THRESHOLD_MIN, Math.min(FacetConstants.THRESHOLD_MAX, pascalsGauge));
    }

    /** The stage of the story the joint is in now. */
    public Stage stage() {
        if (popping || time - lastPopTime < CAVITATION_STAGE_TIME) {
            return Stage.CAVITATION;
        }
        if (!refractory.isReady()) {
            return Stage.REFRACTORY;
        }
        if (episodes.isOpen()) {
            return pressure < FacetConstants.PRESSURE_DROP_STAGE ? Stage.PRESSURE_DROP : Stage.STRETCH;
        }
        return refractory.isReadyAgain() ? Stage.READY : Stage.REST;
    }

    /** Null, or the first broken invariant (see {@link JointInvariants}). */
    public String checkInvariants() {
        return JointInvariants.check(this);
    }
}
