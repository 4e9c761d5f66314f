package org.crepituslab.manipulation.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.crepituslab.facet.model.LumbarLevel;
import org.crepituslab.framework.Emitter;
import org.crepituslab.framework.SimModel;

/**
 * The manipulation screen's model: one person's ten lumbar facet joints, a thrust or self-twist
 * at the press of a button (its pops come out in time order as simulated time passes the moments
 * they happen), each joint's refractory period, and weeks of self-twisting that loosen the
 * segments. Deterministic for a given seed: the person (per-person variation) and every thrust.
 */
public final class ManipulationModel implements SimModel {
    public static final long DEFAULT_SEED = 1;

    private final long seed;
    private final Emitter<SpinePop> popEmitter = new Emitter<>();
    private final Emitter<ThrustOutcome> thrustEmitter = new Emitter<>();
    private final double[] readyAt = new double[JointId.COUNT];
    private final List<WeekRecord> weeks = new ArrayList<>();
    private final ManipulationSettings settings = new ManipulationSettings();
    private SplittableRandom random;
    private Person person;
    private double time;
    private ThrustOutcome thrust;
    private double thrustStart;
    private int emitted;
    private long pops;
    private long thrusts;
    private int popsLastThrust;
    private boolean restrictedPopped;
    private boolean busy;
    private double nextBusyThrust;
    private final List<SpinePop> lastPops = new ArrayList<>();

    public ManipulationModel() {
        this(DEFAULT_SEED);
    }

    public ManipulationModel(long seed) {
        this.seed = seed;
        reset();
    }

    @Override
    public void reset() {
        random = new SplittableRandom(seed);
        person = new Person(random.split());
        settings.reset();
        time = 0;
        thrust = null;
        emitted = 0;
        pops = 0;
        thrusts = 0;
        popsLastThrust = 0;
        restrictedPopped = false;
        busy = false;
        weeks.clear();
        lastPops.clear();
        Arrays.fill(readyAt, 0);
    }

    /** Each pop, as simulated time reaches it. */
    public Emitter<SpinePop> pops() {
        return popEmitter;
    }

    /** Each thrust or twist as it starts (its pops are already decided). */
    public Emitter<ThrustOutcome> thrusts() {
        return thrustEmitter;
    }

    /** Thrusts with the chosen technique at the chosen target; ignored while a thrust is under way. */
    public void thrust() {
        if (isThrusting()) {
            return;
        }
        double refractory = busy ? ManipulationConstants.BUSY_REFRACTORY_S : FacetParts.refractoryPeriod();
        double start = time;
        ThrustOutcome outcome = Thrust.perform(settings.technique(), settings.target(), person, random,
                (joint, t) -> start + t >= readyAt[joint]);
        for (SpinePop p : outcome.pops()) {
            readyAt[p.joint().index()] = start + p.time() + refractory;
        }
        if (outcome.technique() == Technique.SELF_TWIST) {
            SelfAdjustment.loosen(person, outcome);
        }
        thrust = outcome;
        thrustStart = start;
        emitted = 0;
        thrusts++;
        popsLastThrust = 0;
        restrictedPopped = false;
        lastPops.clear();
        thrustEmitter.emit(outcome);
    }

    public boolean isThrusting() {
        return thrust != null && time - thrustStart < Thrust.totalDuration();
    }

    @Override
    public void step(double dt) {
        if (!(dt > 0)) {
            return;
        }
        double end = time + dt * settings.timeAcceleration();
        if (busy && !isThrusting() && end >= nextBusyThrust) {
            time = Math.max(time, nextBusyThrust);
            nextBusyThrust = time + ManipulationConstants.BUSY_INTERVAL_S;
            thrust();
        }
        time = end;
        emitDue();
    }

    /** Emits the pops of the current thrust whose moment has come. */
    private void emitDue() {
        if (thrust == null) {
            return;
        }
        List<SpinePop> list = thrust.pops();
        while (emitted < list.size() && thrustStart + list.get(emitted).time() <= time) {
            SpinePop p = list.get(emitted++);
            pops++;
            popsLastThrust++;
            lastPops.add(p);
            if (p.joint().level() == person.restricted()) {
                restrictedPopped = true;
            }
            popEmitter.emit(p);
        }
    }

    /** Runs the self-adjusting schedule (times per day, weeks) at once; the segments loosen. */
    public void runSchedule() {
        weeks.addAll(SelfAdjustment.run(person, settings.perDay(), settings.scheduleWeeks(), random, weeks.size()));
    }

    /** The busiest state: a thrust every second and joints ready again at once (bench, fuzz, soak). */
    public void makeBusy() {
        busy = true;
        nextBusyThrust = time;
    }

    // --- state for the view, the command line and the readouts ---------------------------------

    public ManipulationSettings settings() {
        return settings;
    }

    /** Changes the restricted segment (null for none): the person's segments follow at once. */
    public void setRestricted(LumbarLevel level) {
        person.setRestricted(level);
    }

    public Person person() {
        return person;
    }

    public double time() {
        return time;
    }

    /** The last thrust, or null before the first. */
    public ThrustOutcome lastThrust() {
        return thrust;
    }

    /** Seconds since the last thrust began (infinite before the first). */
    public double sinceThrust() {
        return thrust == null ? Double.POSITIVE_INFINITY : time - thrustStart;
    }

    /** The pull on a joint now, m. */
    public double pull(JointId joint) {
        return thrust == null ? 0 : thrust.pull(joint, time - thrustStart);
    }

    /** The pops of the last thrust heard so far, earliest first. */
    public List<SpinePop> lastPops() {
        return List.copyOf(lastPops);
    }

    /** Seconds until the joint can pop again (0 when ready). */
    public double refractoryRemaining(JointId joint) {
        return Math.max(0, readyAt[joint.index()] - time);
    }

    /** Share of the refractory period still to wait, 0–1, for the countdown ring. */
    public double refractoryShare(JointId joint) {
        double remaining = refractoryRemaining(joint);
        if (remaining == 0) {
            return 0;
        }
        double period = busy ? ManipulationConstants.BUSY_REFRACTORY_S : FacetParts.refractoryPeriod();
        return Math.min(1, remaining / period);
    }

    public long popCount() {
        return pops;
    }

    public long thrustCount() {
        return thrusts;
    }

    public int popsLastThrust() {
        return popsLastThrust;
    }

    public boolean restrictedPopped() {
        return restrictedPopped;
    }

    /** Weeks of self-adjusting so far, one record each. */
    public List<WeekRecord> weeks() {
        return List.copyOf(weeks);
    }

    @Override
    public double readout(String name) {
        return ManipulationReadouts.read(this, name);
    }

    @Override
    public boolean setParameter(String name, double value) {
        return ManipulationReadouts.set(this, name, value);
    }

    @Override
    public String checkInvariants() {
        return ManipulationInvariants.check(this);
    }
}
