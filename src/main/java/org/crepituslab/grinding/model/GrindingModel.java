package org.crepituslab.grinding.model;

import static org.crepituslab.grinding.model.GrindingConstants.MAX_SPURS;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import org.crepituslab.framework.Emitter;
import org.crepituslab.framework.SimModel;

/**
 * Arthritic crepitus: two cartilage-covered surfaces slide past each other through a movement
 * cycle. Wear thins the cartilage, roughens both surfaces (a seeded random profile) and takes load
 * off the pressurised fluid, which raises friction (Krishnan 2004). The moving surface touches the
 * fixed one through a few elastically coupled patches that stick and slip (static above kinetic
 * friction, plus the load pushing them down the local slopes), and the edge tissue catches on
 * bone spurs (whose number and size follow the wear unless set by hand). Each slip and catch is
 * an event with a time and an energy; the sound is built from the force the contact passes to the
 * tissue, recorded every sub-step ({@link ContactForceTrace}).
 *
 * <p>This class is the property facade. The physics is in {@link ContactMechanics} (patches, rims,
 * friction, counts, history; fixed 20 µs sub-steps counted from t = 0, so results do not depend on
 * how time is cut into frames, and one seed gives one history), the seeded geometry in
 * {@link JointLayout}, the movement cycle in {@link BoneMotion}, the named readouts and parameters
 * in {@link GrindingReadouts}.
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
    /** Spurs grow with the wear stage until the user sets their number or size by hand. */
    private final BooleanProperty spursFollowWear = new SimpleBooleanProperty(this, "spursFollowWear", true);
    private boolean growing;
    private final ReadOnlyDoubleWrapper time = new ReadOnlyDoubleWrapper(this, "time", 0);
    private final ReadOnlyDoubleWrapper friction = new ReadOnlyDoubleWrapper(this, "friction", 0);
    private final ReadOnlyDoubleWrapper meanFriction = new ReadOnlyDoubleWrapper(this, "meanFriction", 0);
    private final ReadOnlyLongWrapper slips = new ReadOnlyLongWrapper(this, "slips", 0);
    private final ReadOnlyLongWrapper catches = new ReadOnlyLongWrapper(this, "catches", 0);

    private final ContactMechanics core;
    private long seed;

    public GrindingModel() {
        this(DEFAULT_SEED);
    }

    public GrindingModel(long seed) {
        this.seed = seed;
        core = new ContactMechanics(seed);
        wear.addListener((o, a, b) -> {
            core.applyWear(wear.get());
            growSpurs();
        });
        spursFollowWear.addListener((o, a, b) -> growSpurs());
        spurs.addListener((o, a, b) -> {
            handSet();
            long whole = Math.round(b.doubleValue());
            long clamped = Math.max(0, Math.min(MAX_SPURS, whole));
            if (clamped != b.doubleValue()) {
                spurs.set(clamped);
            } else {
                applySpurs();
            }
        });
        spurSize.addListener((o, a, b) -> {
            handSet();
            applySpurs();
        });
        reset();
    }

    /** Sets the spurs a joint of this wear grows, when they follow the wear. */
    private void growSpurs() {
        if (!spursFollowWear.get()) {
            return;
        }
        growing = true;
        try {
            spurSize.set(GrindingConstants.spurSizeForWear(wear.get()));
            spurs.set(GrindingConstants.spursForWear(wear.get()));
        } finally {
            growing = false;
        }
    }

    /** A spur setting not made by {@link #growSpurs} is the user's: the spurs stop following the wear. */
    private void handSet() {
        if (!growing) {
            spursFollowWear.set(false);
        }
    }

    @Override
    public void reset() {
        wear.set(DEFAULT_WEAR);
        spursFollowWear.set(true);
        growSpurs();
        restart();
    }

    /** Back to t = 0 with the current settings: clears the history, counts and contact state. */
    public void restart() {
        core.restart();
        core.applyWear(wear.get());
        applySpurs();
        core.settle();
        publish();
        friction.set(0);
        meanFriction.set(core.muKinetic());
    }

    private void applySpurs() {
        core.applySpurs(spurCount(), spurSize.get());
    }

    @Override
    public void step(double dt) {
        if (!(dt > 0) || !Double.isFinite(dt)) {
            return;
        }
        core.advance(dt);
        publish();
    }

    private void publish() {
        double t = time();
        time.set(t);
        friction.set(core.instantFriction());
        double mean = core.history().meanFrictionSince(t - GrindingConstants.FRICTION_AVERAGE_WINDOW_S);
        meanFriction.set(Double.isNaN(mean) ? core.muKinetic() : mean);
        slips.set(core.slips());
        catches.set(core.catches());
    }

    // --- state for the view, the CLI and the tests ---

    /** Simulated time, seconds: a whole number of sub-steps. */
    public double time() {
        return core.time();
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

    /** True while the spurs' number and size follow the wear stage. */
    public BooleanProperty spursFollowWearProperty() {
        return spursFollowWear;
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

    /** Slips counted so far, including those of a step still running (the property is set once per step). */
    long slipCount() {
        return core.slips();
    }

    /** Catches counted so far, including those of a step still running. */
    long catchCount() {
        return core.catches();
    }

    /** Every slip and catch as it happens (on the thread that steps the model). */
    public Emitter<GrindEvent> events() {
        return core.events();
    }

    /** The force the contact passes to the tissue, sub-step by sub-step: the source of the sound. */
    public ContactForceTrace contactForce() {
        return core.force();
    }

    public FrictionHistory history() {
        return core.history();
    }

    public EventLog eventLog() {
        return core.log();
    }

    public long seed() {
        return seed;
    }

    /** A new seeded surface and spur layout; restarts the run, keeping the settings. */
    public void setSeed(long newSeed) {
        seed = newSeed;
        core.regrow(newSeed);
        restart();
    }

    public WearStage stage() {
        return WearStage.of(wear.get());
    }

    public double fluidLoadFraction() {
        return core.fluidLoad();
    }

    public double kineticFriction() {
        return core.muKinetic();
    }

    public double staticFriction() {
        return core.muStatic();
    }

    public double cartilageThickness() {
        return Lubrication.cartilageThickness(wear.get());
    }

    public Topography surfaces() {
        return core.surfaces();
    }

    /** The spurs that are grown now (their number is the spur setting). */
    public List<Spur> spurs() {
        return core.spurs();
    }

    /** Position of the moving bone now, metres. */
    public double bonePosition() {
        return BoneMotion.position(time());
    }

    public int patchCount() {
        return core.patches().length;
    }

    /** Where patch i touches the fixed surface, metres. */
    public double patchPosition(int i) {
        return core.patches()[i].x;
    }

    public boolean patchStuck(int i) {
        return core.patches()[i].stuck;
    }

    /** Time of patch i's last counted slip, or −∞. */
    public double patchLastSlip(int i) {
        return core.patches()[i].lastSlipTime;
    }

    /** How far the edge tissue on a side (+1 right, −1 left) is pulled from its rest place, metres. */
    public double rimDeflection(int side) {
        return core.rim(side).deflection(bonePosition());
    }

    public boolean rimHeld(int side) {
        return core.rim(side).isHeld();
    }

    // --- SimModel ---

    @Override
    public double singleStepSeconds() {
        return 1.0 / 60.0;
    }

    @Override
    public double readout(String name) {
        return GrindingReadouts.readout(this, name);
    }

    @Override
    public boolean setParameter(String name, double value) {
        return GrindingReadouts.setParameter(this, name, value);
    }

    @Override
    public String checkInvariants() {
        double w = wear.get();
        if (!(w >= 0 && w <= 1)) {
            return "wear outside [0, 1]: " + w;
        }
        String broken = core.checkState();
        if (broken != null) {
            return broken;
        }
        if (spurs.get() != spurCount()) {
            return "spur setting is not a whole number in range: " + spurs.get();
        }
        return core.checkContacts();
    }
}
