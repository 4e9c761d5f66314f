package org.crepituslab.grinding.model;

import org.crepituslab.framework.FixedStepClock;
import static org.crepituslab.grinding.model.GrindingConstants.JOINT_LOAD_N;
import static org.crepituslab.grinding.model.GrindingConstants.PATCHES;
import static org.crepituslab.grinding.model.GrindingConstants.SUBSTEP_S;

import java.util.List;
import org.crepituslab.framework.Emitter;

/**
 * The physics core of the grinding joint, in plain Java: the contact patches sliding on the seeded
 * surfaces, the edge tissue catching on spurs, the friction coefficients the wear sets, and the
 * counts, history and log of what happened. Time advances in whole 20 µs sub-steps counted from
 * t = 0, so results do not depend on how time is cut into frames, and one seed gives one history.
 */
final class ContactMechanics {
    private final Emitter<GrindEvent> events = new Emitter<>();
    private final FrictionHistory history = new FrictionHistory(GrindingConstants.HISTORY_SAMPLES);
    private final EventLog log = new EventLog(GrindingConstants.EVENT_LOG_CAPACITY);
    private final ContactForceTrace force = new ContactForceTrace(GrindingConstants.FORCE_TRACE_SUBSTEPS);
    private final MarginRim[] rims = {
            new MarginRim(0, +1, GrindingConstants.UPPER_SURFACE_WIDTH_M / 2),
            new MarginRim(1, -1, -GrindingConstants.UPPER_SURFACE_WIDTH_M / 2)};

    private JointLayout layout;
    private List<Spur> activeSpurs = List.of();
    private long substeps;
    private final FixedStepClock clock = new FixedStepClock(SUBSTEP_S);
    private long slipCount;
    private long catchCount;
    private double wear;
    private double muKinetic;
    private double muStatic;
    private double fluidLoad;

    ContactMechanics(long seed) {
        layout = new JointLayout(seed);
    }

    /** A new seeded layout; the caller restarts the run. */
    void regrow(long seed) {
        layout = new JointLayout(seed);
    }

    /** Sets the friction, fluid support and roughness that this much wear gives. */
    void applyWear(double w) {
        wear = w;
        fluidLoad = Lubrication.fluidLoadFraction(w);
        muKinetic = Lubrication.kineticFriction(w);
        muStatic = Lubrication.staticFriction(w);
        layout.surfaces.setCompositeRoughness(Lubrication.roughness(w));
    }

    /** Grows the first n spurs at this size setting and tells each rim about those on its side. */
    void applySpurs(int n, double sizeM) {
        activeSpurs = layout.spurs(n, sizeM);
        for (MarginRim r : rims) {
            r.setSpurs(activeSpurs.stream().filter(s -> s.side() == r.side).toList());
        }
    }

    /** Back to t = 0: clears the counts, history and log, and puts the contact at rest. */
    void restart() {
        substeps = 0;
        clock.reset();
        slipCount = 0;
        catchCount = 0;
        history.clear();
        log.clear();
        force.clear();
    }

    /** Puts every patch and rim at rest on the bone at its starting place (after the settings are applied). */
    void settle() {
        double x0 = BoneMotion.position(0);
        for (ContactPatch p : layout.patches) {
            p.reset(x0);
        }
        for (MarginRim r : rims) {
            r.reset(x0);
        }
    }

    /** Runs the sub-steps that fit in dt more seconds. */
    void advance(double dt) {
        // the models' one fixed-step accumulator: whole sub-steps, the remainder carried in nanoseconds
        for (long i = clock.due(dt); i > 0; i--) {
            substep();
        }
    }

    private void substep() {
        double t = (substeps + 1) * SUBSTEP_S;
        double boneX = BoneMotion.position(t);
        double boneV = BoneMotion.velocity(t);
        double load = JOINT_LOAD_N / PATCHES;
        double transmitted = 0;
        for (ContactPatch p : layout.patches) {
            double released = p.substep(SUBSTEP_S, boneX, boneV, load, muKinetic, muStatic, layout.surfaces);
            transmitted += p.couplingForce(boneX, boneV);
            if (released >= GrindingConstants.SLIP_DETECTION_J) {
                slipCount++;
                p.lastSlipTime = t;
                record(new GrindEvent(t, GrindEvent.Kind.SLIP, released, p.frequencyHz, p.index));
            }
        }
        for (MarginRim r : rims) {
            double released = r.substep(SUBSTEP_S, boneX, boneV);
            transmitted += r.couplingForce(boneX, boneV);
            if (released >= 0) {
                catchCount++;
                record(new GrindEvent(t, GrindEvent.Kind.CATCH, released, r.frequencyHz, r.index));
            }
        }
        force.add(transmitted);
        substeps++;
        if (substeps % GrindingConstants.SAMPLE_EVERY_SUBSTEPS == 0) {
            history.add(new FrictionSample(t, instantFriction(boneX, boneV), fluidLoad, wear, boneX,
                    slipCount, catchCount));
        }
    }

    private void record(GrindEvent e) {
        log.add(e);
        events.emit(e);
    }

    /** Tangential force the contact transmits over the joint load: what a friction rig measures. */
    double instantFriction(double boneX, double boneV) {
        double force = 0;
        for (ContactPatch p : layout.patches) {
            force += p.couplingForce(boneX, boneV);
        }
        return Math.abs(force) / JOINT_LOAD_N;
    }

    /** The friction a rig would read now. */
    double instantFriction() {
        double t = time();
        return instantFriction(BoneMotion.position(t), BoneMotion.velocity(t));
    }

    /** Simulated time, seconds: a whole number of sub-steps. */
    double time() {
        return substeps * SUBSTEP_S;
    }

    Emitter<GrindEvent> events() {
        return events;
    }

    ContactForceTrace force() {
        return force;
    }

    FrictionHistory history() {
        return history;
    }

    EventLog log() {
        return log;
    }

    long slips() {
        return slipCount;
    }

    long catches() {
        return catchCount;
    }

    double fluidLoad() {
        return fluidLoad;
    }

    double muKinetic() {
        return muKinetic;
    }

    double muStatic() {
        return muStatic;
    }

    Topography surfaces() {
        return layout.surfaces;
    }

    List<Spur> spurs() {
        return activeSpurs;
    }

    ContactPatch[] patches() {
        return layout.patches;
    }

    /** The edge tissue on a side: +1 right, −1 left. */
    MarginRim rim(int side) {
        return side > 0 ? rims[0] : rims[1];
    }

    /** A description of the first broken invariant of the contact state, or null. */
    String checkState() {
        if (!(fluidLoad >= 0 && fluidLoad <= 1)) {
            return "fluid load fraction outside [0, 1]: " + fluidLoad;
        }
        if (!(muKinetic >= 0 && muStatic >= muKinetic)) {
            return "friction coefficients not 0 ≤ μk ≤ μs: " + muKinetic + ", " + muStatic;
        }
        return null;
    }

    /** The first broken invariant of the patches and rims, or null. */
    String checkContacts() {
        double bone = BoneMotion.position(time());
        for (ContactPatch p : layout.patches) {
            if (!Double.isFinite(p.x) || !Double.isFinite(p.v)) {
                return "patch " + p.index + " state is not finite";
            }
            if (p.stuck && p.v != 0) {
                return "patch " + p.index + " is stuck but moving";
            }
            if (Math.abs(p.x - bone - p.offset) > 2e-3) {
                return "patch " + p.index + " torn more than 2 mm from its bone";
            }
        }
        for (MarginRim r : rims) {
            if (!Double.isFinite(r.x) || !Double.isFinite(r.v)) {
                return "rim " + r.index + " state is not finite";
            }
            if (Math.abs(r.deflection(bone)) > 5e-3) {
                return "rim " + r.index + " pulled more than 5 mm from its bone";
            }
        }
        if (slipCount < 0 || catchCount < 0 || time() < 0) {
            return "negative count or time";
        }
        return null;
    }
}
