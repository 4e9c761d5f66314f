package org.crepituslab.walking.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import org.crepituslab.facet.model.LumbarLevel;
import org.crepituslab.facet.model.Side;
import org.crepituslab.framework.SimModel;

/**
 * A person walking: the gait cycle's kinematics from the causes, each lumbar segment's micro-motion,
 * and the sounds that follow — the iliopsoas snap of each hip (a fold of the tendon over its ridge,
 * driven by that hip's angle), a pop from any of the ten facet joints (random, each joint then
 * refractory), and a structural click at the same gait phase every cycle. A "step" here counts one
 * full gait cycle (a stride: a step of each foot). Deterministic for a given seed.
 */
public final class WalkingModel implements SimModel {
    /** Largest time step of the gait integration, s (≈ 500 sub-steps per stride at normal speed). */
    static final double SUBSTEP_S = 0.002;
    /** Where in the cycle the structural click comes: loading response, as the segment takes weight. */
    public static final double CLICK_PHASE = 0.10;
    /** Energy of the structural click, J (modelling choice, order of magnitude). */
    public static final double CLICK_ENERGY_J = 0.002;
    /** Side of the structural problem (the click is heard from one joint). */
    static final Side CLICK_SIDE = Side.RIGHT;
    /** How many recent events the model keeps for a step strip. */
    static final int RECENT_EVENTS = 128;
    public static final long DEFAULT_SEED = 1;

    private final long seed;
    private final List<Consumer<GaitEvent>> listeners = new ArrayList<>();
    private final Deque<GaitEvent> recent = new ArrayDeque<>();
    private final double[] motion = new double[LumbarLevel.values().length];
    private Causes causes = Causes.DEFAULT;
    /** The whole cycle at the current causes, made when first asked for after a change. */
    private GaitCycle cycle;
    private final FixRun fix = new FixRun();
    private final StrideTally tally = new StrideTally();
    private FacetJoints joints;
    private HipTendon rightTendon;
    private HipTendon leftTendon;
    private double time;
    private double phase;
    private long steps;
    private long pops;
    private long snaps;
    private long clicks;
    private double hip;
    private double leftHip;
    private double tilt;
    private double lordosis;

    public WalkingModel() {
        this(DEFAULT_SEED);
    }

    public WalkingModel(long seed) {
        this.seed = seed;
        reset();
    }

    @Override
    public void reset() {
        causes = Causes.DEFAULT;
        cycle = null;
        joints = new FacetJoints(seed);
        rightTendon = new HipTendon(causes.hipFlexorTightness(), GaitKinematics.baseTilt(causes));
        leftTendon = new HipTendon(causes.hipFlexorTightness(), GaitKinematics.baseTilt(causes));
        fix.reset();
        tally.reset();
        time = 0;
        phase = 0;
        steps = 0;
        pops = 0;
        snaps = 0;
        clicks = 0;
        recent.clear();
        updatePosture();
        rightTendon.update(hip);
        leftTendon.update(leftHip);
    }

    /** Called for every event, in order, as it happens; returns what removes the listener again. */
    public Runnable addListener(Consumer<GaitEvent> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @Override
    public void step(double dt) {
        if (!(dt > 0)) {
            return;
        }
        int n = (int) Math.ceil(dt / SUBSTEP_S - 1e-9);
        double h = dt / n;
        for (int i = 0; i < n; i++) {
            substep(h);
        }
    }

    private void substep(double h) {
        double before = phase;
        double strides = h / GaitKinematics.strideTime(causes.speed());
        phase += strides;
        time += h;
        if (phase >= 1) {
            phase -= Math.floor(phase);
            steps++;
            tally.strideDone();
        }
        Causes trained = fix.advance(strides);
        if (trained != null) {
            applyCauses(trained);
        }
        updatePosture();
        if (causes.structuralLevel() > 0 && GaitKinematics.crossed(before, phase, CLICK_PHASE)) {
            clicks++;
            emit(GaitEvent.Kind.CLICK, LumbarLevel.numbered(causes.structuralLevel()).label() + "-" + CLICK_SIDE.label(),
                    CLICK_ENERGY_J, Double.NaN);
        }
        snap(rightTendon.update(hip), Side.RIGHT);
        snap(leftTendon.update(leftHip), Side.LEFT);
        if (FacetJoints.drawDue(before, phase)) {
            joints.draw();
        }
        for (LumbarLevel level : LumbarLevel.values()) {
            for (Side side : Side.values()) {
                double load = SegmentalMotion.facetLoad(level, side, phase, lordosis);
                double e = joints.step(level, side, time, motion[level.ordinal()], load);
                if (e > 0) {
                    pops++;
                    emit(GaitEvent.Kind.POP, level.label() + "-" + side.label(), e, Double.NaN);
                }
            }
        }
    }

    private void snap(HipTendon.Snap s, Side side) {
        if (s != null) {
            snaps++;
            emit(GaitEvent.Kind.SNAP, "hip-" + side.label(), s.energyJ(), s.thudHz());
        }
    }

    private void emit(GaitEvent.Kind kind, String location, double energy, double pitchHz) {
        tally.count(kind);
        GaitEvent e = new GaitEvent(time, steps, phase * 100, kind, location, energy, pitchHz);
        recent.addLast(e);
        if (recent.size() > RECENT_EVENTS) {
            recent.removeFirst();
        }
        for (Consumer<GaitEvent> l : listeners) {
            l.accept(e);
        }
    }

    private void updatePosture() {
        hip = GaitKinematics.hipFlexion(LegPhase.of(Side.RIGHT, phase), causes);
        leftHip = GaitKinematics.hipFlexion(LegPhase.of(Side.LEFT, phase), causes);
        tilt = GaitKinematics.pelvicTilt(phase, causes);
        lordosis = GaitKinematics.lordosis(tilt);
        for (LumbarLevel level : LumbarLevel.values()) {
            motion[level.ordinal()] = SegmentalMotion.motion(level, phase, lordosis, causes);
        }
    }

    public Causes causes() {
        return causes;
    }

    /**
     * Changes the causes mid-walk: the gait keeps its phase, the tendons their side of the ridge, and
     * the rates of the last strides start again. A programme of "try the fix" that is running stops:
     * the person has changed something else.
     */
    public void setCauses(Causes c) {
        fix.stop();
        if (!c.equals(causes)) {
            // the rates speak of these causes from the next full stride, not of a mix with the old ones
            tally.restart();
        }
        applyCauses(c);
    }

    private void applyCauses(Causes c) {
        if (!c.equals(causes)) {
            cycle = null;
        }
        causes = c;
        rightTendon.setTightness(c.hipFlexorTightness(), GaitKinematics.baseTilt(c));
        leftTendon.setTightness(c.hipFlexorTightness(), GaitKinematics.baseTilt(c));
        updatePosture();
    }

    /** "Try the fix": weeks of core training and hip-flexor stretching, played while the walk goes on. */
    public void startFix(double weeks) {
        fix.start(causes, weeks);
    }

    public void stopFix() {
        fix.stop();
    }

    /** The programme of "try the fix" in progress or last run. */
    public FixRun fix() {
        return fix;
    }

    /** The whole gait cycle at the current causes (for graphs over the cycle). */
    public GaitCycle cycle() {
        if (cycle == null) {
            cycle = GaitCycle.of(causes);
        }
        return cycle;
    }

    /** Rates of the last few strides. */
    public StrideTally tally() {
        return tally;
    }

    public double time() {
        return time;
    }

    /** The right leg's gait phase, 0 (initial contact) to 1. */
    public double phase() {
        return phase;
    }

    public long steps() {
        return steps;
    }

    public long pops() {
        return pops;
    }

    public long snaps() {
        return snaps;
    }

    public long clicks() {
        return clicks;
    }

    public double hipFlexion(Side side) {
        return side == Side.RIGHT ? hip : leftHip;
    }

    /** Knee flexion of this leg now, degrees (normative: the causes act on the hip and pelvis). */
    public double kneeFlexion(Side side) {
        return LegKinematics.kneeFlexion(LegPhase.of(side, phase));
    }

    /** Ankle dorsiflexion of this leg now, degrees (plantarflexion negative). */
    public double ankleDorsiflexion(Side side) {
        return LegKinematics.ankleDorsiflexion(LegPhase.of(side, phase));
    }

    public double pelvicTilt() {
        return tilt;
    }

    public double lordosis() {
        return lordosis;
    }

    public double segmentMotion(LumbarLevel level) {
        return motion[level.ordinal()];
    }

    /** The largest intersegmental micro-motion at this instant, mm. */
    public double maxSegmentMotion() {
        double m = 0;
        for (double v : motion) {
            m = Math.max(m, v);
        }
        return m;
    }

    public double refractoryRemaining(LumbarLevel level, Side side) {
        return joints.refractoryRemaining(level, side, time);
    }

    /** Seconds a facet joint stays refractory after a pop (the facet model's prediction). */
    public double refractoryPeriod() {
        return joints.refractoryPeriod();
    }

    /** How far this facet joint gaps now under the current step's random factor, m (it pops at {@link FacetRefractory#popPull()}). */
    public double facetGapping(LumbarLevel level, Side side) {
        return joints.gapping(level, side, motion[level.ordinal()], SegmentalMotion.facetLoad(level, side, phase, lordosis));
    }

    /** The last events, oldest first. */
    public List<GaitEvent> recentEvents() {
        return List.copyOf(recent);
    }

    public HipTendon tendon(Side side) {
        return side == Side.RIGHT ? rightTendon : leftTendon;
    }

    @Override
    public double readout(String name) {
        return WalkingReadouts.read(this, name);
    }

    @Override
    public boolean setParameter(String name, double value) {
        Causes c = WalkingReadouts.withParameter(causes, name, value);
        if (c == null) {
            return false;
        }
        setCauses(c);
        return true;
    }

    @Override
    public String checkInvariants() {
        if (!(phase >= 0 && phase < 1)) {
            return "gait phase outside [0, 1): " + phase;
        }
        if (!Double.isFinite(hip) || !Double.isFinite(tilt) || !Double.isFinite(lordosis) || !Double.isFinite(time)) {
            return "non-finite kinematics";
        }
        for (double m : motion) {
            if (!(m >= 0) || !Double.isFinite(m)) {
                return "segment motion not a finite non-negative number: " + m;
            }
        }
        if (pops < 0 || snaps < 0 || clicks < 0 || steps < 0) {
            return "negative count";
        }
        return null;
    }
}
