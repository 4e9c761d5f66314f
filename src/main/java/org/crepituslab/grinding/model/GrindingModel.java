package org.crepituslab.grinding.model;

import static org.crepituslab.grinding.model.GrindingConstants.CYCLE_PERIOD_S;
import static org.crepituslab.grinding.model.GrindingConstants.JOINT_LOAD_N;
import static org.crepituslab.grinding.model.GrindingConstants.MAX_SPURS;
import static org.crepituslab.grinding.model.GrindingConstants.PATCHES;
import static org.crepituslab.grinding.model.GrindingConstants.STROKE_AMPLITUDE_M;
import static org.crepituslab.grinding.model.GrindingConstants.SUBSTEP_S;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import org.crepituslab.framework.Emitter;
import org.crepituslab.framework.SimModel;

/**
 * Arthritic crepitus: two cartilage-covered surfaces slide past each other through a movement
 * cycle. Wear thins the cartilage, roughens both surfaces (a seeded random profile) and takes load
 * off the pressurised fluid, which raises friction (Krishnan 2004). The moving surface touches the
 * fixed one through a few elastically coupled patches that stick and slip (static above kinetic
 * friction, plus the load pushing them down the local slopes), and the edge tissue catches on
 * bone spurs. Each slip and catch is an event with a time and an energy, from which the sound is
 * built. Everything is integrated with a fixed 20 µs sub-step counted from t = 0, so the results
 * do not depend on how time is cut into frames, and one seed gives one history.
 */
public final class GrindingModel implements SimModel {
    public static final double DEFAULT_WEAR = 0.3;
    public static final int DEFAULT_SPURS = 0;
    public static final double DEFAULT_SPUR_SIZE_M = GrindingConstants.DEFAULT_SPUR_SIZE_M;
    public static final long DEFAULT_SEED = 1;

    private final DoubleProperty wear = new SimpleDoubleProperty(this, "wear", DEFAULT_WEAR);
    /** Whole numbers only; a double so a slider can bind to it. */
    private final DoubleProperty spurs = new SimpleDoubleProperty(this, "spurs", DEFAULT_SPURS);
    private final DoubleProperty spurSize = new SimpleDoubleProperty(this, "spurSize", DEFAULT_SPUR_SIZE_M);
    private final ReadOnlyDoubleWrapper time = new ReadOnlyDoubleWrapper(this, "time", 0);
    private final ReadOnlyDoubleWrapper friction = new ReadOnlyDoubleWrapper(this, "friction", 0);
    private final ReadOnlyDoubleWrapper meanFriction = new ReadOnlyDoubleWrapper(this, "meanFriction", 0);
    private final ReadOnlyLongWrapper slips = new ReadOnlyLongWrapper(this, "slips", 0);
    private final ReadOnlyLongWrapper catches = new ReadOnlyLongWrapper(this, "catches", 0);

    private final Emitter<GrindEvent> events = new Emitter<>();
    private final FrictionHistory history = new FrictionHistory(GrindingConstants.HISTORY_SAMPLES);
    private final EventLog log = new EventLog(GrindingConstants.EVENT_LOG_CAPACITY);

    private long seed;
    private Topography surfaces;
    private ContactPatch[] patches;
    private final MarginRim[] rims = {
            new MarginRim(0, +1, GrindingConstants.UPPER_SURFACE_WIDTH_M / 2),
            new MarginRim(1, -1, -GrindingConstants.UPPER_SURFACE_WIDTH_M / 2)};
    /** Where each possible spur grows, in the order the spur setting adds them. */
    private List<SpurSite> spurSites = List.of();
    private List<Spur> activeSpurs = List.of();

    private long substeps;
    private double targetTime;
    private long slipCount;
    private long catchCount;
    private double muKinetic;
    private double muStatic;
    private double fluidLoad;

    public GrindingModel() {
        this(DEFAULT_SEED);
    }

    public GrindingModel(long seed) {
        this.seed = seed;
        build();
        wear.addListener((o, a, b) -> applyWear());
        spurs.addListener((o, a, b) -> {
            long whole = Math.round(b.doubleValue());
            long clamped = Math.max(0, Math.min(MAX_SPURS, whole));
            if (clamped != b.doubleValue()) {
                spurs.set(clamped);
            } else {
                applySpurs();
            }
        });
        spurSize.addListener((o, a, b) -> applySpurs());
        reset();
    }

    /** Grows the seeded geometry: both surface profiles, the patches' masses and the spur sites. */
    private void build() {
        surfaces = new Topography(seed);
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + 17);
        patches = new ContactPatch[PATCHES];
        double spread = GrindingConstants.UPPER_SURFACE_WIDTH_M * GrindingConstants.PATCH_SPREAD_FRACTION;
        for (int i = 0; i < PATCHES; i++) {
            double offset = -spread / 2 + (i + 0.5) * spread / PATCHES;
            double mass = GrindingConstants.PATCH_MASS_KG * Math.pow(2, 2 * random.nextDouble() - 1);
            patches[i] = new ContactPatch(i, offset, mass, GrindingConstants.PATCH_STIFFNESS_N_PER_M,
                    GrindingConstants.PATCH_DAMPING_RATIO);
        }
        // spur j: alternate sides, four slots per side between the min and max offsets beyond the rim
        List<SpurSite> sites = new ArrayList<>();
        int perSide = (MAX_SPURS + 1) / 2;
        double span = GrindingConstants.SPUR_MAX_OFFSET_FRACTION - GrindingConstants.SPUR_MIN_OFFSET_FRACTION;
        for (int j = 0; j < MAX_SPURS; j++) {
            int side = j % 2 == 0 ? 1 : -1;
            int slot = j / 2;
            double fraction = GrindingConstants.SPUR_MIN_OFFSET_FRACTION
                    + (slot + 0.15 + 0.7 * random.nextDouble()) / perSide * span;
            double position = side * (GrindingConstants.UPPER_SURFACE_WIDTH_M / 2 + fraction * STROKE_AMPLITUDE_M);
            double sizeFactor = 0.75 + 0.5 * random.nextDouble();
            sites.add(new SpurSite(position, sizeFactor, side));
        }
        spurSites = List.copyOf(sites);
    }

    @Override
    public void reset() {
        wear.set(DEFAULT_WEAR);
        spurs.set(DEFAULT_SPURS);
        spurSize.set(DEFAULT_SPUR_SIZE_M);
        restart();
    }

    /** Back to t = 0 with the current settings: clears the history, counts and contact state. */
    public void restart() {
        substeps = 0;
        targetTime = 0;
        slipCount = 0;
        catchCount = 0;
        history.clear();
        log.clear();
        applyWear();
        applySpurs();
        double x0 = bonePosition(0);
        for (ContactPatch p : patches) {
            p.reset(x0);
        }
        for (MarginRim r : rims) {
            r.reset(x0);
        }
        publish();
        friction.set(0);
        meanFriction.set(muKinetic);
    }

    private void applyWear() {
        double w = wear.get();
        fluidLoad = Lubrication.fluidLoadFraction(w);
        muKinetic = Lubrication.kineticFriction(w);
        muStatic = Lubrication.staticFriction(w);
        surfaces.setCompositeRoughness(Lubrication.roughness(w));
    }

    private void applySpurs() {
        int n = spurCount();
        List<Spur> active = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            SpurSite site = spurSites.get(j);
            active.add(new Spur(site.positionM(), site.sizeFactor() * spurSize.get(), site.side()));
        }
        activeSpurs = List.copyOf(active);
        for (MarginRim r : rims) {
            r.setSpurs(active.stream().filter(s -> s.side() == r.side).toList());
        }
    }

    /**
     * Position of the moving bone at time t, metres: a sinusoidal movement cycle that starts at
     * rest at one end of its stroke, so the contact starts in equilibrium (stuck, unstretched).
     */
    public static double bonePosition(double t) {
        return -STROKE_AMPLITUDE_M * Math.cos(2 * Math.PI * t / CYCLE_PERIOD_S);
    }

    public static double boneVelocity(double t) {
        double w = 2 * Math.PI / CYCLE_PERIOD_S;
        return STROKE_AMPLITUDE_M * w * Math.sin(w * t);
    }

    @Override
    public void step(double dt) {
        if (!(dt > 0) || !Double.isFinite(dt)) {
            return;
        }
        targetTime += dt;
        // whole sub-steps up to the target, with a tolerance so 60 × (1/60) s and 30 × (1/30) s agree
        long target = (long) Math.floor(targetTime / SUBSTEP_S + 1e-6);
        while (substeps < target) {
            substep();
        }
        publish();
    }

    private void substep() {
        double t = (substeps + 1) * SUBSTEP_S;
        double boneX = bonePosition(t);
        double boneV = boneVelocity(t);
        double load = JOINT_LOAD_N / PATCHES;
        for (ContactPatch p : patches) {
            double released = p.substep(SUBSTEP_S, boneX, boneV, load, muKinetic, muStatic, surfaces);
            if (released >= GrindingConstants.SLIP_DETECTION_J) {
                slipCount++;
                p.lastSlipTime = t;
                record(new GrindEvent(t, GrindEvent.Kind.SLIP, released, p.frequencyHz, p.index));
            }
        }
        for (MarginRim r : rims) {
            double released = r.substep(SUBSTEP_S, boneX, boneV);
            if (released >= 0) {
                catchCount++;
                record(new GrindEvent(t, GrindEvent.Kind.CATCH, released, r.frequencyHz, r.index));
            }
        }
        substeps++;
        if (substeps % GrindingConstants.SAMPLE_EVERY_SUBSTEPS == 0) {
            history.add(new FrictionSample(t, instantFriction(boneX, boneV), fluidLoad, wear.get(), boneX,
                    slipCount, catchCount));
        }
    }

    private void record(GrindEvent e) {
        log.add(e);
        events.emit(e);
    }

    /** Tangential force the contact transmits over the joint load: what a friction rig measures. */
    private double instantFriction(double boneX, double boneV) {
        double force = 0;
        for (ContactPatch p : patches) {
            force += p.couplingForce(boneX, boneV);
        }
        return Math.abs(force) / JOINT_LOAD_N;
    }

    private void publish() {
        double t = time();
        time.set(t);
        friction.set(instantFriction(bonePosition(t), boneVelocity(t)));
        double mean = history.meanFrictionSince(t - GrindingConstants.FRICTION_AVERAGE_WINDOW_S);
        meanFriction.set(Double.isNaN(mean) ? muKinetic : mean);
        slips.set(slipCount);
        catches.set(catchCount);
    }

    /** A seeded place for a spur; its height is the size setting times its own factor. */
    private record SpurSite(double positionM, double sizeFactor, int side) {
    }

    // --- state for the view, the CLI and the tests ---

    /** Simulated time, seconds: a whole number of sub-steps. */
    public double time() {
        return substeps * SUBSTEP_S;
    }

    public DoubleProperty wearProperty() {
        return wear;
    }

    public DoubleProperty spursProperty() {
        return spurs;
    }

    /** Spur height setting, metres (each spur is this times its own seeded factor, 0.75–1.25). */
    public DoubleProperty spurSizeProperty() {
        return spurSize;
    }

    public int spurCount() {
        return (int) Math.max(0, Math.min(MAX_SPURS, Math.round(spurs.get())));
    }

    public ReadOnlyDoubleProperty timeProperty() {
        return time.getReadOnlyProperty();
    }

    /** Instantaneous friction coefficient. */
    public ReadOnlyDoubleProperty frictionProperty() {
        return friction.getReadOnlyProperty();
    }

    /** Friction coefficient averaged over the last second. */
    public ReadOnlyDoubleProperty meanFrictionProperty() {
        return meanFriction.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty slipsProperty() {
        return slips.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty catchesProperty() {
        return catches.getReadOnlyProperty();
    }

    /** Every slip and catch as it happens (on the thread that steps the model). */
    public Emitter<GrindEvent> events() {
        return events;
    }

    public FrictionHistory history() {
        return history;
    }

    public EventLog eventLog() {
        return log;
    }

    public long seed() {
        return seed;
    }

    /** A new seeded surface and spur layout; restarts the run, keeping the settings. */
    public void setSeed(long newSeed) {
        seed = newSeed;
        build();
        restart();
    }

    public WearStage stage() {
        return WearStage.of(wear.get());
    }

    public double fluidLoadFraction() {
        return fluidLoad;
    }

    public double kineticFriction() {
        return muKinetic;
    }

    public double staticFriction() {
        return muStatic;
    }

    public double cartilageThickness() {
        return Lubrication.cartilageThickness(wear.get());
    }

    public Topography surfaces() {
        return surfaces;
    }

    /** The spurs that are grown now (their number is the spur setting). */
    public List<Spur> spurs() {
        return activeSpurs;
    }

    public double bonePosition() {
        return bonePosition(time());
    }

    public int patchCount() {
        return patches.length;
    }

    /** Where patch i touches the fixed surface, metres. */
    public double patchPosition(int i) {
        return patches[i].x;
    }

    /** Patch i's rest position on the moving bone, relative to the bone's reference point. */
    public double patchOffset(int i) {
        return patches[i].offset;
    }

    public boolean patchStuck(int i) {
        return patches[i].stuck;
    }

    /** Time of patch i's last counted slip, or −∞. */
    public double patchLastSlip(int i) {
        return patches[i].lastSlipTime;
    }

    /** How far the edge tissue on a side (+1 right, −1 left) is pulled from its rest place, metres. */
    public double rimDeflection(int side) {
        MarginRim r = side > 0 ? rims[0] : rims[1];
        return r.deflection(bonePosition());
    }

    public boolean rimHeld(int side) {
        return (side > 0 ? rims[0] : rims[1]).isHeld();
    }

    // --- SimModel ---

    @Override
    public double singleStepSeconds() {
        return 1.0 / 60.0;
    }

    @Override
    public double readout(String name) {
        return switch (name) {
            case "wear" -> wear.get();
            case "spurs" -> spurCount();
            case "spurSize_mm" -> spurSize.get() * 1e3;
            case "frictionCoefficient" -> meanFriction.get();
            case "frictionInstant" -> friction.get();
            case "effectiveFriction" -> muKinetic;
            case "slips" -> slipCount;
            case "catches" -> catchCount;
            case "fluidLoadFraction" -> fluidLoad;
            case "cartilage_mm" -> cartilageThickness() * 1e3;
            case "roughness_um" -> surfaces.compositeRoughness() * 1e6;
            case "stage" -> stage().ordinal();
            case "time_s" -> time();
            case "seed" -> seed;
            default -> Double.NaN;
        };
    }

    @Override
    public boolean setParameter(String name, double value) {
        if (!Double.isFinite(value)) {
            return false;
        }
        switch (name) {
            case "wear" -> {
                if (value < 0 || value > 1) {
                    return false;
                }
                wear.set(value);
            }
            case "spurs" -> {
                if (value < 0 || value > MAX_SPURS || value != Math.rint(value)) {
                    return false;
                }
                spurs.set(value);
            }
            case "spurSize_mm" -> {
                double m = value * 1e-3;
                if (m < GrindingConstants.MIN_SPUR_SIZE_M - 1e-12 || m > GrindingConstants.MAX_SPUR_SIZE_M + 1e-12) {
                    return false;
                }
                spurSize.set(m);
            }
            case "seed" -> {
                if (value < 0 || value != Math.rint(value) || value > 1e15) {
                    return false;
                }
                setSeed((long) value);
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    @Override
    public String checkInvariants() {
        double w = wear.get();
        if (!(w >= 0 && w <= 1)) {
            return "wear outside [0, 1]: " + w;
        }
        if (!(fluidLoad >= 0 && fluidLoad <= 1)) {
            return "fluid load fraction outside [0, 1]: " + fluidLoad;
        }
        if (!(muKinetic >= 0 && muStatic >= muKinetic)) {
            return "friction coefficients not 0 ≤ μk ≤ μs: " + muKinetic + ", " + muStatic;
        }
        if (spurs.get() != spurCount()) {
            return "spur setting is not a whole number in range: " + spurs.get();
        }
        double bone = bonePosition();
        for (ContactPatch p : patches) {
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
