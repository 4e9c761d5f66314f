package org.crepituslab.facet.model;

import static org.crepituslab.facet.model.FacetConstants.BUBBLE_GONE_AMOUNT;
import static org.crepituslab.facet.model.FacetConstants.BUBBLE_MARGIN;
import static org.crepituslab.facet.model.FacetConstants.CAVITATION_STAGE_TIME;
import static org.crepituslab.facet.model.FacetConstants.EFFECTIVE_AREA;
import static org.crepituslab.facet.model.FacetConstants.EPISODE_END;
import static org.crepituslab.facet.model.FacetConstants.EPISODE_START;
import static org.crepituslab.facet.model.FacetConstants.MAX_STRETCH;
import static org.crepituslab.facet.model.FacetConstants.NUCLEUS_RADIUS;
import static org.crepituslab.facet.model.FacetConstants.P_ATM;
import static org.crepituslab.facet.model.FacetConstants.P_VAPOUR;
import static org.crepituslab.facet.model.FacetConstants.REDISSOLVE_RAMP;
import static org.crepituslab.facet.model.FacetConstants.RT;
import static org.crepituslab.facet.model.FacetConstants.SLOW_STEP_ACTIVE;
import static org.crepituslab.facet.model.FacetConstants.SLOW_STEP_REST;
import static org.crepituslab.facet.model.FacetConstants.STRETCH_HOLD;

/**
 * The facet joint's physics, free of JavaFX so the command line, the benchmark and the tests run
 * it directly. Two time scales: a cheap quasi-static model (bubble in mechanical equilibrium, gas
 * moving in and out of solution) that can take seconds per step while the joint rests, and the
 * adaptive Rayleigh–Plesset integration ({@link BubbleDynamics}) that runs only for the few ms a
 * pop lasts. Every step of either is cut at the moments the pull changes course, and nucleation
 * is located inside a step by bisection, so the result does not depend on how time is chopped.
 */
public final class Joint {
    /** One-off events; called synchronously from {@link #advance(double)}. */
    public interface Listener {
        void pop(PopEvent event);

        void noPop(NoPopEvent event);

        /** The refractory period is over: the joint can pop again. */
        void ready(double time);
    }

    private enum Program { NONE, UP, HOLD, DOWN, PAUSE }

    private static final int GASES = GasSpecies.COUNT;
    private static final GasSpecies[] SPECIES = GasSpecies.values();
    private static final double TOTAL_TENSION = GasSpecies.totalTension();
    /**
     * Bound on how much faster the release runs than its own time constant because released gas
     * raises the bubble's pressure (estimated from the default joint, with margin).
     */
    private static final double RELEASE_FEEDBACK = 5;

    private final double[] resting = new double[GASES];
    private final double[] totals = new double[GASES];
    private final double[] bubble = new double[GASES];
    private final double[] dissolved = new double[GASES];
    private final double[] rate1 = new double[GASES];
    private final double[] rate2 = new double[GASES];
    private final double[] mid = new double[GASES];
    private final double[] midDissolved = new double[GASES];
    private final double[] savedBubble = new double[GASES];
    private final double[] savedDissolved = new double[GASES];
    private final BubbleDynamics dynamics;
    private Listener listener;

    // parameters
    private double threshold;
    private double readyFraction;
    private double redissolveTime;
    private double stretchRate;
    private double stretchAmount;

    // state
    private double time;
    private double requested;
    private double pull;
    private Program program;
    private double holdEnd;
    private boolean repeating;
    private boolean dynamic;
    private double volume;
    private double pressure;
    private int pops;
    private int blocks;
    private double lastPopTime;
    private double popPressure;
    private double popGap;
    private double popStretchStart;
    private boolean wasReady;
    private boolean readyAgain;
    private boolean inEpisode;
    private double episodeStart;
    private boolean episodePopped;
    private boolean episodeReachedThreshold;
    private boolean episodeDecided;
    private boolean episodeGasReady;
    private double episodeMinPressure;
    private long slowSteps;

    public Joint() {
        for (int i = 0; i < GASES; i++) {
            resting[i] = SPECIES[i].restingAmount();
        }
        dynamics = new BubbleDynamics(resting);
        reset();
    }

    public void setListener(Listener listener) {
        this.listener = listener;
    }

    /** Everything back to a rested joint with the default parameters. */
    public void reset() {
        threshold = FacetConstants.NUCLEATION_THRESHOLD;
        readyFraction = FacetConstants.READY_FRACTION;
        redissolveTime = FacetConstants.REDISSOLVE_TIME;
        stretchRate = FacetConstants.STRETCH_RATE;
        stretchAmount = FacetConstants.STANDARD_STRETCH;
        System.arraycopy(resting, 0, totals, 0, GASES);
        System.arraycopy(resting, 0, dissolved, 0, GASES);
        java.util.Arrays.fill(bubble, 0);
        time = 0;
        requested = 0;
        pull = 0;
        program = Program.NONE;
        repeating = false;
        holdEnd = 0;
        dynamic = false;
        volume = 0;
        pressure = 0;
        pops = 0;
        blocks = 0;
        lastPopTime = Double.NEGATIVE_INFINITY;
        popPressure = 0;
        popGap = 0;
        popStretchStart = Double.NaN;
        wasReady = true;
        readyAgain = false;
        inEpisode = false;
        episodeStart = 0;
        episodePopped = false;
        episodeReachedThreshold = false;
        episodeDecided = false;
        episodeGasReady = true;
        episodeMinPressure = 0;
    }

    // ---------------------------------------------------------------------------------------------
    // input

    /** The pull the user asks for (slider or drag), m; the joint follows at the stretch speed. */
    public void setRequestedPull(double metres) {
        program = Program.NONE;
        repeating = false;
        requested = clampPull(metres);
    }

    /** Starts the standard stretch: pull to the stretch amount, hold, let go. */
    public void startStandardStretch() {
        program = Program.UP;
        requested = stretchAmount;
    }

    /**
     * Repeats the standard stretch without end (half a second of rest between), for the busy state
     * of benchmarks and soak runs; a manual pull stops it.
     */
    public void setRepeatingStretches(boolean on) {
        repeating = on;
        if (on && program == Program.NONE) {
            startStandardStretch();
        }
    }

    public boolean isStretchProgramRunning() {
        return program != Program.NONE;
    }

    private static double clampPull(double m) {
        return Math.max(0, Math.min(MAX_STRETCH, m));
    }

    // ---------------------------------------------------------------------------------------------
    // time

    /** Advances by {@code seconds} of simulated time. */
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
            double velocity = pullVelocity();
            double kink = nextKink(velocity);
            double segmentEnd = Math.min(end, kink);
            if (dynamic) {
                dynamics.setPull(time, pull, velocity);
                boolean settled = dynamics.advance(segmentEnd);
                double t1 = dynamics.time();
                pull += velocity * (t1 - time);
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
                atKink();
            }
            trackEpisode();
            trackReadiness();
        }
    }

    /** Rate of change of the pull now, m/s. */
    private double pullVelocity() {
        if (requested > pull) {
            return stretchRate;
        }
        if (requested < pull) {
            return -stretchRate;
        }
        return 0;
    }

    /** Next time the pull changes course: it reaches the requested value, or the hold ends. */
    private double nextKink(double velocity) {
        double t = Double.POSITIVE_INFINITY;
        if (velocity != 0) {
            t = time + Math.abs(requested - pull) / stretchRate;
        }
        if (program == Program.HOLD || program == Program.PAUSE) {
            t = Math.min(t, holdEnd);
        }
        return t;
    }

    private void atKink() {
        if (Math.abs(requested - pull) <= 1e-12) {
            pull = requested;
        }
        switch (program) {
            case UP -> {
                if (pull == requested) {
                    program = Program.HOLD;
                    holdEnd = time + STRETCH_HOLD;
                }
            }
            case HOLD -> {
                if (time >= holdEnd) {
                    program = Program.DOWN;
                    requested = 0;
                }
            }
            case DOWN -> {
                if (pull == 0) {
                    program = repeating ? Program.PAUSE : Program.NONE;
                    holdEnd = time + STRETCH_HOLD;
                }
            }
            case PAUSE -> {
                if (time >= holdEnd) {
                    startStandardStretch();
                }
            }
            default -> {
            }
        }
        if (!dynamic) {
            updateStatic();
        }
    }

    private void slowStep(double segmentEnd, double velocity) {
        double h = Math.min(segmentEnd - time, slowStepLimit(velocity));
        boolean toEnd = h >= segmentEnd - time;
        slowSteps++;
        double p0 = pressure;
        // the fluid's gas when the stretch began decides: gas seeping into a leftover bubble
        // during the stretch does not count against it
        boolean ready = inEpisode ? episodeGasReady : isGasReady();
        saveGas();
        double v0 = volume;
        double t0 = time;
        double pull0 = pull;
        integrateGas(h, velocity);
        if (ready && p0 > threshold && pressure <= threshold) {
            double s = crossing(pull0, velocity, h, p0);
            restoreGas();
            volume = v0;
            time = t0;
            pull = pull0;
            integrateGas(s * h, velocity);
            nucleate();
        } else if (toEnd) {
            time = segmentEnd; // no rounding drift: the segment ends exactly where the pull changes course
        }
    }

    /**
     * Longest safe slow sub-step: a small fraction of the fastest gas exchange time now (release
     * through the bubble's surface speeds up with its area and with the stirring of a fresh pop,
     * and the bubble's pressure feeds back on it), but never below {@link FacetConstants#SLOW_STEP_ACTIVE}.
     */
    private double slowStepLimit(double velocity) {
        double limit = Math.min(SLOW_STEP_REST, redissolveTime / 100);
        if (hasCavity()) {
            double share = (pressure + P_ATM - P_VAPOUR) / TOTAL_TENSION;
            if (share < 1 + REDISSOLVE_RAMP) {
                double r = RayleighPlesset.radiusOfVolume(volume);
                double area = Math.max(r, FacetConstants.NUCLEUS_RADIUS) / FacetConstants.RELEASE_REFERENCE_RADIUS;
                double fastest = 0;
                for (GasSpecies g : SPECIES) {
                    fastest = Math.max(fastest, 1 / g.releaseTime());
                }
                double rate = GasExchange.stirring(time - lastPopTime) * area * area * fastest * RELEASE_FEEDBACK;
                limit = Math.min(limit, Math.max(SLOW_STEP_ACTIVE, 0.02 / rate));
            }
        }
        if (velocity != 0) {
            limit = Math.min(limit, 5 * SLOW_STEP_ACTIVE);
        }
        return limit;
    }

    private boolean hasCavity() {
        return volume > 0 || bubbleGas() > 0;
    }

    /** Midpoint (RK2) step of the gas exchange; the bubble stays in mechanical equilibrium throughout. */
    private void integrateGas(double h, double velocity) {
        if (h <= 0) {
            return;
        }
        if (hasCavity() || pressure + P_ATM < P_VAPOUR) {
            GasExchange.rates(pressure + P_ATM, RayleighPlesset.radiusOfVolume(volume), time - lastPopTime, dissolved, bubble, resting, redissolveTime, rate1);
            double bubbleMid = 0;
            for (int i = 0; i < GASES; i++) {
                mid[i] = Math.max(0, bubble[i] + 0.5 * h * rate1[i]);
                midDissolved[i] = Math.max(0, dissolved[i] - 0.5 * h * rate1[i]);
                bubbleMid += mid[i];
            }
            double pullMid = pull + velocity * 0.5 * h;
            double vMid = JointMechanics.equilibriumVolume(bubbleMid, pullMid, volume);
            double pMid = JointMechanics.gaugePressure(vMid, pullMid);
            GasExchange.rates(pMid + P_ATM, RayleighPlesset.radiusOfVolume(vMid), time + 0.5 * h - lastPopTime, midDissolved, mid, resting, redissolveTime, rate2);
            for (int i = 0; i < GASES; i++) {
                double moved = h * rate2[i];
                // never move more than there is (keeps both pools non-negative and the sum exact)
                moved = Math.max(-bubble[i], Math.min(dissolved[i], moved));
                bubble[i] += moved;
                dissolved[i] -= moved;
            }
        }
        pull += velocity * h;
        time += h;
        updateStatic();
    }

    /** Re-solves the bubble's equilibrium for the current gas and pull, and lets a tiny bubble dissolve. */
    private void updateStatic() {
        double gas = bubbleGas();
        if (gas > 0 && gas < BUBBLE_GONE_AMOUNT) {
            for (int i = 0; i < GASES; i++) {
                dissolved[i] += bubble[i];
                bubble[i] = 0;
            }
            gas = 0;
        }
        volume = JointMechanics.equilibriumVolume(gas, pull, volume);
        pressure = JointMechanics.gaugePressure(volume, pull);
    }

    /** Fraction s of the step at which the pressure reached the threshold (gas held at its start value). */
    private double crossing(double pull0, double velocity, double h, double p0) {
        double gas = 0;
        for (int i = 0; i < GASES; i++) {
            gas += savedBubble[i];
        }
        double lo = 0;
        double hi = 1;
        double guess = volume;
        for (int i = 0; i < 50; i++) {
            double s = 0.5 * (lo + hi);
            double p = pull0 + velocity * s * h;
            double v = JointMechanics.equilibriumVolume(gas, p, guess);
            if (JointMechanics.gaugePressure(v, p) > threshold) {
                lo = s;
            } else {
                hi = s;
            }
        }
        return hi;
    }

    private void saveGas() {
        System.arraycopy(bubble, 0, savedBubble, 0, GASES);
        System.arraycopy(dissolved, 0, savedDissolved, 0, GASES);
    }

    private void restoreGas() {
        System.arraycopy(savedBubble, 0, bubble, 0, GASES);
        System.arraycopy(savedDissolved, 0, dissolved, 0, GASES);
    }

    /** Tribonucleation: a small cavity opens, filled with vapour and gas at the fluid's gas tension. */
    private void nucleate() {
        pops++;
        lastPopTime = time;
        popPressure = pressure;
        popGap = gap();
        popStretchStart = inEpisode ? episodeStart : Double.NaN;
        episodePopped = true;
        double nucleus = RayleighPlesset.volume(NUCLEUS_RADIUS);
        for (int i = 0; i < GASES; i++) {
            double partial = SPECIES[i].tension() * dissolved[i] / resting[i];
            double moles = Math.min(dissolved[i], partial * nucleus / RT);
            bubble[i] += moles;
            dissolved[i] -= moles;
        }
        double total = volume + nucleus;
        double gasPressure = bubbleGas() * RT / total;
        dynamics.setPull(time, pull, pullVelocity());
        dynamics.start(time, RayleighPlesset.radiusOfVolume(total), gasPressure, bubble, dissolved, redissolveTime);
        dynamic = true;
        pressure = dynamics.fluidPressure();
    }

    private void finishPop() {
        for (int i = 0; i < GASES; i++) {
            bubble[i] = Math.max(0, dynamics.gas(i));
            dissolved[i] = Math.max(0, dynamics.dissolved(i));
        }
        dynamic = false;
        volume = RayleighPlesset.volume(dynamics.radius());
        updateStatic();
        if (listener != null) {
            listener.pop(new PopEvent(lastPopTime, popStretchStart, popPressure, popGap, dynamics.trace()));
        }
    }

    // ---------------------------------------------------------------------------------------------
    // stretches that did not pop, and the end of the refractory period

    private void trackEpisode() {
        if (!inEpisode && pull > EPISODE_START) {
            inEpisode = true;
            episodeStart = time - (pull - EPISODE_START) / stretchRate;
            episodePopped = dynamic && lastPopTime >= episodeStart;
            episodeReachedThreshold = false;
            episodeDecided = false;
            episodeGasReady = isGasReady();
            episodeMinPressure = pressure;
            readyAgain = false;
        }
        if (!inEpisode) {
            return;
        }
        episodeMinPressure = Math.min(episodeMinPressure, pressure);
        if (pressure <= threshold) {
            episodeReachedThreshold = true;
        }
        boolean farEnough = pull >= popPull() - 1e-12;
        if (!episodeDecided && farEnough && pullVelocity() <= 0 && !dynamic) {
            decideEpisode();
        }
        if (pull < EPISODE_END && pullVelocity() <= 0) {
            if (!episodeDecided && episodeReachedThreshold) {
                decideEpisode();
            }
            inEpisode = false;
        }
    }

    /** The pull at which a rested joint reaches the threshold and pops. */
    public double popPull() {
        return JointMechanics.pullForPressure(threshold);
    }

    private void decideEpisode() {
        episodeDecided = true;
        if (episodePopped) {
            return;
        }
        blocks++;
        NoPopReason reason = episodeReachedThreshold ? NoPopReason.NOT_ENOUGH_GAS : NoPopReason.BUBBLE_PRESENT;
        if (listener != null) {
            listener.noPop(new NoPopEvent(time, episodeStart, reason, dissolvedFraction(), episodeMinPressure));
        }
    }

    private void trackReadiness() {
        boolean ready = isReady();
        if (ready && !wasReady) {
            readyAgain = true;
            if (listener != null) {
                listener.ready(time);
            }
        }
        wasReady = ready;
    }

    // ---------------------------------------------------------------------------------------------
    // read-outs

    public double time() {
        return time;
    }

    /** The pull applied to the joint now, m. */
    public double pull() {
        return pull;
    }

    public double requestedPull() {
        return requested;
    }

    /** Gauge pressure of the synovial fluid, Pa. */
    public double pressure() {
        return pressure;
    }

    /** Separation of the articular surfaces beyond rest, m. */
    public double gap() {
        return JointMechanics.gap(pull, pressure);
    }

    public double bubbleRadius() {
        return dynamic ? dynamics.radius() : RayleighPlesset.radiusOfVolume(volume);
    }

    /** True while the fast Rayleigh–Plesset phase of a pop runs. */
    public boolean isPopping() {
        return dynamic;
    }

    public int pops() {
        return pops;
    }

    public int refractoryBlocks() {
        return blocks;
    }

    public double lastPopTime() {
        return lastPopTime;
    }

    /** Moles of gas i in the bubble. */
    public double bubbleGas(GasSpecies g) {
        return dynamic ? dynamics.gas(g.ordinal()) : bubble[g.ordinal()];
    }

    /** Moles of gas i in solution. */
    public double dissolvedGas(GasSpecies g) {
        return dynamic ? dynamics.dissolved(g.ordinal()) : dissolved[g.ordinal()];
    }

    public double restingGas(GasSpecies g) {
        return resting[g.ordinal()];
    }

    private double bubbleGas() {
        double s = 0;
        for (int i = 0; i < GASES; i++) {
            s += dynamic ? dynamics.gas(i) : bubble[i];
        }
        return s;
    }

    /** Dissolved gas as a fraction of the resting amount. */
    public double dissolvedFraction() {
        double d = 0;
        double r = 0;
        for (int i = 0; i < GASES; i++) {
            d += dynamic ? dynamics.dissolved(i) : dissolved[i];
            r += resting[i];
        }
        return d / r;
    }

    /** Enough gas back in solution for a cavity to nucleate. */
    public boolean isGasReady() {
        return dissolvedFraction() >= readyFraction - 1e-12;
    }

    /**
     * The leftover bubble is small enough that the standard stretch would still bring the fluid to
     * the threshold (a bigger one expands and takes up the stretch instead).
     */
    public boolean isBubbleSmall() {
        return bubbleGas() <= bubbleGasAllowed();
    }

    /** Ready to pop again: enough dissolved gas and no bubble big enough to absorb a standard stretch. */
    public boolean isReady() {
        return isGasReady() && isBubbleSmall();
    }

    /** Why the joint is refractory now, or null if it is ready. */
    public NoPopReason refractoryReason() {
        if (!isBubbleSmall()) {
            return NoPopReason.BUBBLE_PRESENT;
        }
        return isGasReady() ? null : NoPopReason.NOT_ENOUGH_GAS;
    }

    /** Most gas a leftover bubble may hold for the standard stretch to reach the threshold, mol. */
    private double bubbleGasAllowed() {
        double v = EFFECTIVE_AREA * stretchAmount + JointMechanics.COMPLIANCE_SUCTION * threshold;
        if (v <= 0) {
            return 0;
        }
        double gasPressure = P_ATM + threshold - P_VAPOUR
                + 2 * FacetConstants.SURFACE_TENSION / RayleighPlesset.radiusOfVolume(v);
        return Math.max(0, BUBBLE_MARGIN * gasPressure * v / RT);
    }

    /**
     * Simulated seconds until the joint can pop again if it rests. At rest the bubble's gas decays
     * as e^(−t/τ) into solution, so each condition takes τ·ln(gas now / gas allowed).
     */
    public double refractoryRemaining() {
        if (isReady()) {
            return 0;
        }
        double out = bubbleGas();
        double allowedForGas = (1 - readyFraction) * totalResting() - (totalDissolvedDeficit() - out);
        double allowedForBubble = bubbleGasAllowed();
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

    /** Gas missing from solution compared with rest, mol (equals the bubble's gas in a closed joint). */
    private double totalDissolvedDeficit() {
        return totalResting() * (1 - dissolvedFraction());
    }

    private double totalResting() {
        double r = 0;
        for (double v : resting) {
            r += v;
        }
        return r;
    }

    public Stage stage() {
        if (dynamic || time - lastPopTime < CAVITATION_STAGE_TIME) {
            return Stage.CAVITATION;
        }
        if (!isReady()) {
            return Stage.REFRACTORY;
        }
        if (inEpisode) {
            return pressure < FacetConstants.PRESSURE_DROP_STAGE ? Stage.PRESSURE_DROP : Stage.STRETCH;
        }
        return readyAgain ? Stage.READY : Stage.REST;
    }

    public double threshold() {
        return threshold;
    }

    public void setThreshold(double pascalsGauge) {
        threshold = Math.max(FacetConstants.THRESHOLD_MIN, Math.min(FacetConstants.THRESHOLD_MAX, pascalsGauge));
    }

    public double stretchRate() {
        return stretchRate;
    }

    public void setStretchRate(double metresPerSecond) {
        stretchRate = Math.max(FacetConstants.STRETCH_RATE_MIN, Math.min(FacetConstants.STRETCH_RATE_MAX, metresPerSecond));
    }

    public double stretchAmount() {
        return stretchAmount;
    }

    public void setStretchAmount(double metres) {
        stretchAmount = clampPull(metres);
    }

    public double redissolveTime() {
        return redissolveTime;
    }

    /** Changes the re-dissolution time constant (the busy benchmark state uses a short one). */
    public void setRedissolveTime(double seconds) {
        if (!(seconds > 0) || !Double.isFinite(seconds)) {
            throw new IllegalArgumentException("re-dissolution time must be positive: " + seconds);
        }
        redissolveTime = seconds;
    }

    public double readyFraction() {
        return readyFraction;
    }

    /** Slow sub-steps taken so far (for the benchmark). */
    public long slowSteps() {
        return slowSteps;
    }

    /** Right-hand-side evaluations of the fast integrator so far (for the benchmark). */
    public long fastEvaluations() {
        return dynamics.evaluations();
    }

    /** Null, or the first broken invariant. */
    public String checkInvariants() {
        if (!Double.isFinite(time) || time < 0) {
            return "time is not a finite non-negative number: " + time;
        }
        if (!Double.isFinite(pressure) || pressure + P_ATM < -1e7) {
            return "fluid pressure is not finite or absurdly negative: " + pressure + " Pa";
        }
        double r = bubbleRadius();
        if (!(r >= 0) || !Double.isFinite(r)) {
            return "bubble radius is negative or not finite: " + r;
        }
        if (!(pull >= 0 && pull <= MAX_STRETCH + 1e-12)) {
            return "pull outside 0.." + MAX_STRETCH + " m: " + pull;
        }
        double g = gap();
        if (!(g >= 0) || !Double.isFinite(g)) {
            return "gap is negative or not finite: " + g;
        }
        for (int i = 0; i < GASES; i++) {
            double b = dynamic ? dynamics.gas(i) : bubble[i];
            double d = dynamic ? dynamics.dissolved(i) : dissolved[i];
            if (b < -1e-15 || d < -1e-15) {
                return SPECIES[i] + " amount negative: bubble " + b + ", dissolved " + d;
            }
            if (Math.abs(b + d - totals[i]) > 1e-9 * totals[i]) {
                return SPECIES[i] + " not conserved: bubble + dissolved = " + (b + d) + " mol, total " + totals[i];
            }
        }
        return null;
    }
}
