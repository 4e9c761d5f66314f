package org.crepituslab.tendon.model;

import org.crepituslab.framework.FixedStepClock;
import static org.crepituslab.tendon.model.TendonConstants.HIP_MAX_RAD;
import static org.crepituslab.tendon.model.TendonConstants.HIP_MIN_RAD;
import static org.crepituslab.tendon.model.TendonConstants.RIDGE_CREST_M;
import static org.crepituslab.tendon.model.TendonConstants.SUBSTEP_S;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.crepituslab.framework.Emitter;
import org.crepituslab.framework.SimModel;
import org.crepituslab.tendon.model.SnapDetector.Snap;

/**
 * The iliopsoas tendon's sideways position x over the iliopectineal eminence, integrated from
 * m·ẍ = −∂U/∂x − c·ẋ in the {@link Landscape} while the hip angle θ moves its rest path. A snap is
 * detected from the dynamics: the tendon crosses the ridge crest fast, in a landscape that has two
 * wells (so it fell off a vanished one rather than being carried over). Its energy is the potential
 * drop from the vanished well's edge to the bottom of the well it lands in.
 *
 * <p>This class is the property facade; the work is done by its parts: the {@link HipDrive} (the
 * hip-motion programme), the {@link TendonDynamics} (the integrator), the {@link SnapDetector} (snap
 * detection and count) and the {@link FixedStepClock} (fixed sub-steps of
 * {@link TendonConstants#SUBSTEP_S}, so the trajectory does not depend on how time is cut into
 * frames). Properties are published once per {@link #step}; snaps go to {@link #snaps()} as they
 * happen. The named readouts and parameters are in {@link TendonReadouts}.
 */
public final class TendonModel implements SimModel {
    /** The tendon never legitimately leaves this band around the crest; beyond it the state is broken. */
    private static final double X_LIMIT_M = 0.05;

    private final DoubleProperty tightness = new SimpleDoubleProperty(this, "tightness");
    private final DoubleProperty pelvicTilt = new SimpleDoubleProperty(this, "pelvicTilt");
    private final DoubleProperty coreEngagement = new SimpleDoubleProperty(this, "coreEngagement");
    private final ObjectProperty<HipMotion> motion = new SimpleObjectProperty<>(this, "motion", HipMotion.FLEXION_EXTENSION);
    private final DoubleProperty cyclePeriod = new SimpleDoubleProperty(this, "cyclePeriod");
    private final DoubleProperty targetAngle = new SimpleDoubleProperty(this, "targetAngle");

    private final ReadOnlyDoubleWrapper hipAngle = new ReadOnlyDoubleWrapper(this, "hipAngle");
    private final ReadOnlyDoubleWrapper tendonX = new ReadOnlyDoubleWrapper(this, "tendonX");
    private final ReadOnlyDoubleWrapper tendonSpeed = new ReadOnlyDoubleWrapper(this, "tendonSpeed");
    private final ReadOnlyDoubleWrapper time = new ReadOnlyDoubleWrapper(this, "time");
    private final ReadOnlyDoubleWrapper lastSnapEnergy = new ReadOnlyDoubleWrapper(this, "lastSnapEnergy");
    private final ReadOnlyIntegerWrapper snapCount = new ReadOnlyIntegerWrapper(this, "snapCount");
    private final Emitter<SnapEvent> snaps = new Emitter<>();

    private final HipDrive hip = new HipDrive();
    private final TendonDynamics tendon = new TendonDynamics();
    private final SnapDetector detector = new SnapDetector();
    private final FixedStepClock clock = new FixedStepClock(SUBSTEP_S);
    private Anatomy anatomy = Anatomy.TYPICAL;
    /** The landscape with the hip in neutral, and the one in force now (they differ while abducted). */
    private Landscape neutral;
    private Landscape landscape;
    private double landscapeFaber;
    private double tiltRad;
    private final ThresholdMemo threshold = new ThresholdMemo();

    public TendonModel() {
        tightness.addListener((o, a, b) -> {
            double c = TendonConstants.clamp01(b.doubleValue());
            if (c != b.doubleValue()) {
                tightness.set(c);
                return;
            }
            relandscape();
        });
        pelvicTilt.addListener((o, a, b) -> clampAndRetilt(pelvicTilt, b.doubleValue()));
        coreEngagement.addListener((o, a, b) -> clampAndRetilt(coreEngagement, b.doubleValue()));
        motion.addListener((o, a, b) -> {
            if (b == null) {
                motion.set(a);
                return;
            }
            hip.follow(b, anatomy);
            cyclePeriod.set(b.isCycle() ? b.defaultPeriodS() : cyclePeriod.get());
        });
        cyclePeriod.addListener((o, a, b) -> {
            if (!(b.doubleValue() > 0) || !Double.isFinite(b.doubleValue())) {
                cyclePeriod.set(a.doubleValue() > 0 ? a.doubleValue() : HipMotion.FLEXION_EXTENSION.defaultPeriodS());
            }
        });
        targetAngle.addListener((o, a, b) -> {
            double c = clampHip(b.doubleValue());
            if (c != b.doubleValue()) {
                targetAngle.set(c);
            }
        });
        reset();
    }

    /** Rebuilds the landscapes after the tightness or the anatomy changed. */
    private void relandscape() {
        neutral = anatomy.landscape(tightness.get(), 0);
        landscapeFaber = hip.faber();
        landscape = landscapeFaber == 0 ? neutral : anatomy.landscape(tightness.get(), landscapeFaber);
    }

    /** The landscape for the hip's abduction now; rebuilt only while the abduction changes. */
    private Landscape currentLandscape() {
        double f = hip.faber();
        if (f != landscapeFaber) {
            landscapeFaber = f;
            landscape = f == 0 ? neutral : anatomy.landscape(tightness.get(), f);
        }
        return landscape;
    }

    /**
     * Gives the model another person's hip (tendon stiffness, ridge, crest position, range of motion)
     * and restarts the movement from the extended hip, as {@link #reset} does, keeping the settings.
     */
    public void setAnatomy(Anatomy a) {
        anatomy = a == null ? Anatomy.TYPICAL : a;
        retilt();
        restart();
    }

    public Anatomy anatomy() {
        return anatomy;
    }

    private void retilt() {
        tiltRad = TendonConstants.effectiveTilt(pelvicTilt.get(), coreEngagement.get()) + anatomy.crestShiftRad();
    }

    private void clampAndRetilt(DoubleProperty p, double value) {
        double c = TendonConstants.clamp01(value);
        if (c != value) {
            p.set(c);
            return;
        }
        retilt();
    }

    private static double clampHip(double rad) {
        return Double.isNaN(rad) ? 0 : Math.max(HIP_MIN_RAD, Math.min(HIP_MAX_RAD, rad));
    }

    // --- Input --------------------------------------------------------------------------------------

    /** Stops any cycle and moves the hip towards this angle (radians), as a drag or the slider does. */
    public void holdAt(double hipRad) {
        motion.set(HipMotion.HOLD);
        targetAngle.set(clampHip(hipRad));
    }

    // --- Time ---------------------------------------------------------------------------------------

    @Override
    public void step(double dt) {
        if (!(dt > 0) || !Double.isFinite(dt)) {
            return;
        }
        for (long i = clock.due(dt); i > 0; i--) {
            substep();
        }
        publish();
    }

    private void substep() {
        double theta = hip.advance(SUBSTEP_S, motion.get(), cyclePeriod.get(), targetAngle.get(), anatomy);
        double x0 = RestPath.of(theta, tiltRad);
        Landscape landscape = currentLandscape();
        double before = tendon.x() - RIDGE_CREST_M;
        tendon.advance(SUBSTEP_S, landscape, x0);
        double after = tendon.x() - RIDGE_CREST_M;
        clock.tick();
        Snap snap = detector.detect(before, after, tendon.v(), landscape, x0);
        if (snap != null) {
            snapped(snap, theta, landscape);
        }
    }

    private void snapped(Snap snap, double theta, Landscape landscape) {
        publish();
        lastSnapEnergy.set(snap.energyJ());
        snapCount.set(detector.count());
        snaps.emit(new SnapEvent(time.get(), SnapDirection.ofLandingSide(-snap.fromSide()), theta, snap.energyJ(),
                tightness.get(), landscape.naturalFrequencyHz(snap.landingX()), detector.count()));
    }

    private void publish() {
        hipAngle.set(hip.theta());
        tendonX.set(tendon.x());
        tendonSpeed.set(tendon.v());
        time.set(clock.time());
    }

    @Override
    public void reset() {
        motion.set(HipMotion.FLEXION_EXTENSION);
        cyclePeriod.set(HipMotion.FLEXION_EXTENSION.defaultPeriodS());
        tightness.set(TendonConstants.tightnessFromSittingHours(TendonConstants.DEFAULT_SITTING_HOURS));
        pelvicTilt.set(0);
        coreEngagement.set(0);
        anatomy = Anatomy.TYPICAL;
        retilt();
        restart();
    }

    /** Back to the extended hip at t = 0 with no snaps, keeping tightness, tilt, core, anatomy and movement. */
    private void restart() {
        hip.reset(HipMotion.FLEXION_EXTENSION.minRad());
        hip.follow(motion.get(), anatomy);
        relandscape();
        targetAngle.set(hip.theta());
        tendon.reset(landscape.globalMinimum(RestPath.of(hip.theta(), tiltRad)));
        clock.reset();
        detector.reset();
        snapCount.set(0);
        lastSnapEnergy.set(0);
        publish();
    }

    // --- State for views and tests ------------------------------------------------------------------

    public DoubleProperty tightnessProperty() {
        return tightness;
    }

    public DoubleProperty pelvicTiltProperty() {
        return pelvicTilt;
    }

    public DoubleProperty coreEngagementProperty() {
        return coreEngagement;
    }

    public ObjectProperty<HipMotion> motionProperty() {
        return motion;
    }

    /** Seconds per cycle of the current motion. */
    public DoubleProperty cyclePeriodProperty() {
        return cyclePeriod;
    }

    /** Where a held hip is moving to, radians. */
    public DoubleProperty targetAngleProperty() {
        return targetAngle;
    }

    /** Hip flexion, radians (positive = flexion). */
    public ReadOnlyDoubleProperty hipAngleProperty() {
        return hipAngle.getReadOnlyProperty();
    }

    /** Tendon's sideways position from the crest, metres. */
    public ReadOnlyDoubleProperty tendonXProperty() {
        return tendonX.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty tendonSpeedProperty() {
        return tendonSpeed.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty timeProperty() {
        return time.getReadOnlyProperty();
    }

    /** Joules released by the latest snap (0 before the first). */
    public ReadOnlyDoubleProperty lastSnapEnergyProperty() {
        return lastSnapEnergy.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty snapCountProperty() {
        return snapCount.getReadOnlyProperty();
    }

    public Emitter<SnapEvent> snaps() {
        return snaps;
    }

    /** The potential now: tightness, this hip's anatomy and its abduction. */
    public Landscape landscape() {
        return landscape;
    }

    /** Abduction with external rotation now, 0 (neutral) to 1 (the clinical manoeuvre's full roll). */
    public double faber() {
        return hip.faber();
    }

    /** Height of the ridge as the tendon meets it now, as a share of its height in neutral (1 in neutral). */
    public double ridgeFelt() {
        return 1 - TendonConstants.RIDGE_LIFT_IN_ABDUCTION * hip.faber();
    }

    /** Extra pelvic tilt after core engagement, radians. */
    public double effectiveTiltRad() {
        return tiltRad;
    }

    /** The tendon's rest path now, metres. */
    public double restPath() {
        return RestPath.of(hipAngle.get(), tiltRad);
    }

    public double potentialEnergy() {
        return landscape.potential(tendonX.get(), restPath());
    }

    /**
     * The tightness from which the current movement snaps at its current speed, tilt, core and
     * anatomy (NaN if it never does; a held hip is judged by the clinical manoeuvre). Found by running
     * the movement ({@link SnapThreshold}), so it is remembered until one of those changes.
     */
    public double snapThreshold() {
        return threshold.of(motion.get(), cyclePeriod.get(), pelvicTilt.get(), coreEngagement.get(), anatomy);
    }

    /** Share of simulated people of general anatomy who snap at the current sitting hours ({@link SittingPrevalence}). */
    public double populationPrevalence() {
        return populationPrevalenceAt(tightness.get());
    }

    /** The same for any tightness; touches no property, so a view may ask it off the FX thread. */
    public double populationPrevalenceAt(double tightnessValue) {
        return SittingPrevalence.atTightness(tightnessValue, () -> { });
    }

    /** The same, running {@code betweenPeople} after each simulated person (a background caller's pause). */
    public double populationPrevalenceAt(double tightnessValue, Runnable betweenPeople) {
        return SittingPrevalence.atTightness(tightnessValue, betweenPeople);
    }

    /** Share of the general population who sit less than the current sitting hours. */
    public double sittingPercentile() {
        return PopulationProfile.GENERAL.sittingPercentile(TendonConstants.sittingHoursFromTightness(tightness.get()));
    }

    /** Fold angles and snap energy for the current tightness, tilt and anatomy, with the hip in neutral. */
    public FoldAnalysis analysis() {
        return FoldAnalysis.of(neutral, tiltRad);
    }

    // --- Named readouts and parameters (contract with the quiz; documented in doc/MODEL.md) -----------

    @Override
    public double readout(String name) {
        return TendonReadouts.readout(this, name);
    }

    @Override
    public boolean setParameter(String name, double value) {
        return TendonReadouts.setParameter(this, name, value);
    }

    @Override
    public String checkInvariants() {
        double theta = hip.theta();
        double x = tendon.x();
        double v = tendon.v();
        double phase = hip.phase();
        int count = detector.count();
        if (!Double.isFinite(theta) || !Double.isFinite(x) || !Double.isFinite(v)) {
            return "non-finite state: hip " + theta + " rad, x " + x + " m, v " + v + " m/s";
        }
        if (Math.abs(x - RIDGE_CREST_M) > X_LIMIT_M) {
            return "tendon left the ridge region: x = " + x + " m";
        }
        if (theta < HIP_MIN_RAD - 1e-9 || theta > HIP_MAX_RAD + 1e-9) {
            return "hip angle out of range: " + Math.toDegrees(theta) + " deg";
        }
        double u = landscape.potential(x, RestPath.of(theta, tiltRad));
        if (!(u >= 0) || !Double.isFinite(u)) {
            return "potential energy not >= 0: " + u + " J";
        }
        double e = lastSnapEnergy.get();
        if (!(e >= 0) || !Double.isFinite(e)) {
            return "last snap energy not >= 0: " + e + " J";
        }
        if (snapCount.get() < 0 || snapCount.get() != count) {
            return "snap counter inconsistent: " + snapCount.get() + " vs " + count;
        }
        for (DoubleProperty p : new DoubleProperty[] {tightness, pelvicTilt, coreEngagement}) {
            if (!(p.get() >= 0 && p.get() <= 1)) {
                return p.getName() + " out of 0..1: " + p.get();
            }
        }
        if (!(cyclePeriod.get() > 0)) {
            return "cycle period not > 0: " + cyclePeriod.get();
        }
        if (!(phase >= 0 && phase < 1)) {
            return "cycle phase out of [0, 1): " + phase;
        }
        return null;
    }
}
