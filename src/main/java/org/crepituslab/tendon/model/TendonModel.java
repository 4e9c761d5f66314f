package org.crepituslab.tendon.model;

import static org.crepituslab.tendon.model.TendonConstants.CREST_ALIGNED_HIP_RAD;
import static org.crepituslab.tendon.model.TendonConstants.DAMPING_N_S_PER_M;
import static org.crepituslab.tendon.model.TendonConstants.EFFECTIVE_MASS_KG;
import static org.crepituslab.tendon.model.TendonConstants.HIP_MAX_RAD;
import static org.crepituslab.tendon.model.TendonConstants.HIP_MAX_SPEED_RAD_PER_S;
import static org.crepituslab.tendon.model.TendonConstants.HIP_MIN_RAD;
import static org.crepituslab.tendon.model.TendonConstants.PATH_SHIFT_M_PER_RAD;
import static org.crepituslab.tendon.model.TendonConstants.RIDGE_CREST_M;
import static org.crepituslab.tendon.model.TendonConstants.SNAP_MIN_SPEED_M_PER_S;
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

/**
 * The iliopsoas tendon's sideways position x over the iliopectineal eminence, integrated from
 * m·ẍ = −∂U/∂x − c·ẋ in the {@link Landscape} while the hip angle θ moves its rest path. A snap is
 * detected from the dynamics: the tendon crosses the ridge crest fast, in a landscape that has two
 * wells (so it fell off a vanished one rather than being carried over). Its energy is the potential
 * drop from the vanished well's edge to the bottom of the well it lands in.
 *
 * <p>Time advances in fixed sub-steps of {@link TendonConstants#SUBSTEP_S} (semi-implicit Euler);
 * a frame's leftover time is carried to the next frame, so the trajectory does not depend on how
 * time is cut into frames. Properties are published once per {@link #step}; snaps go to
 * {@link #snaps()} as they happen.
 */
public final class TendonModel implements SimModel {
    private static final long SUBSTEP_NANOS = Math.round(SUBSTEP_S * 1e9);
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

    private Landscape landscape;
    private double tiltRad;
    private double theta;
    private double x;
    private double v;
    private double phase;
    private long substeps;
    private long pendingNanos;
    private int count;

    public TendonModel() {
        tightness.addListener((o, a, b) -> {
            double c = TendonConstants.clamp01(b.doubleValue());
            if (c != b.doubleValue()) {
                tightness.set(c);
                return;
            }
            landscape = new Landscape(c);
        });
        pelvicTilt.addListener((o, a, b) -> clampAndRetilt(pelvicTilt, b.doubleValue()));
        coreEngagement.addListener((o, a, b) -> clampAndRetilt(coreEngagement, b.doubleValue()));
        motion.addListener((o, a, b) -> {
            if (b == null) {
                motion.set(a);
                return;
            }
            // a new cycle picks up from where the hip is, instead of jumping to the cycle's start
            phase = b.phaseOf(theta);
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

    private void clampAndRetilt(DoubleProperty p, double value) {
        double c = TendonConstants.clamp01(value);
        if (c != value) {
            p.set(c);
            return;
        }
        tiltRad = TendonConstants.effectiveTilt(pelvicTilt.get(), coreEngagement.get());
    }

    private static double clampHip(double rad) {
        return Double.isNaN(rad) ? 0 : Math.max(HIP_MIN_RAD, Math.min(HIP_MAX_RAD, rad));
    }

    // --- The hip and the tendon's rest path ---------------------------------------------------------

    /** The tendon's rest path x0 for a hip angle and an extra pelvic tilt (both radians). */
    public static double restPath(double hipRad, double tiltRad) {
        return RIDGE_CREST_M + PATH_SHIFT_M_PER_RAD * (hipRad + tiltRad - CREST_ALIGNED_HIP_RAD);
    }

    /** The inverse of {@link #restPath}: the hip angle that puts the rest path at x0. */
    public static double hipAngleForRestPath(double x0, double tiltRad) {
        return (x0 - RIDGE_CREST_M) / PATH_SHIFT_M_PER_RAD + CREST_ALIGNED_HIP_RAD - tiltRad;
    }

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
        pendingNanos += Math.round(dt * 1e9);
        long n = pendingNanos / SUBSTEP_NANOS;
        pendingNanos -= n * SUBSTEP_NANOS;
        for (long i = 0; i < n; i++) {
            substep();
        }
        publish();
    }

    private void substep() {
        double h = SUBSTEP_S;
        HipMotion m = motion.get();
        double target;
        if (m.isCycle()) {
            phase += h / cyclePeriod.get();
            phase -= Math.floor(phase);
            target = m.angleAt(phase);
        } else {
            target = targetAngle.get();
        }
        double maxMove = HIP_MAX_SPEED_RAD_PER_S * h;
        theta += Math.max(-maxMove, Math.min(maxMove, target - theta));

        double x0 = restPath(theta, tiltRad);
        double accel = (-landscape.slope(x, x0) - DAMPING_N_S_PER_M * v) / EFFECTIVE_MASS_KG;
        v += accel * h;
        double before = x - RIDGE_CREST_M;
        x += v * h;
        double after = x - RIDGE_CREST_M;
        substeps++;
        if (before != 0 && Math.signum(after) != Math.signum(before)
                && Math.abs(v) >= SNAP_MIN_SPEED_M_PER_S && landscape.isBistable()) {
            snapped((int) Math.signum(before), x0);
        }
    }

    private void snapped(int fromSide, double x0) {
        double energy = landscape.releasedEnergy(fromSide, x0);
        if (!(energy > 0)) {
            return;
        }
        count++;
        publish();
        lastSnapEnergy.set(energy);
        snapCount.set(count);
        double landing = landscape.minimumOnSide(-fromSide, x0);
        snaps.emit(new SnapEvent(time.get(), SnapDirection.ofLandingSide(-fromSide), theta, energy,
                tightness.get(), landscape.naturalFrequencyHz(landing), count));
    }

    private void publish() {
        hipAngle.set(theta);
        tendonX.set(x);
        tendonSpeed.set(v);
        time.set(substeps * SUBSTEP_S);
    }

    @Override
    public void reset() {
        motion.set(HipMotion.FLEXION_EXTENSION);
        cyclePeriod.set(HipMotion.FLEXION_EXTENSION.defaultPeriodS());
        tightness.set(TendonConstants.tightnessFromSittingHours(TendonConstants.DEFAULT_SITTING_HOURS));
        landscape = new Landscape(tightness.get());
        pelvicTilt.set(0);
        coreEngagement.set(0);
        tiltRad = TendonConstants.effectiveTilt(0, 0);
        theta = HipMotion.FLEXION_EXTENSION.minRad();
        targetAngle.set(theta);
        phase = 0;
        x = landscape.globalMinimum(restPath(theta, tiltRad));
        v = 0;
        substeps = 0;
        pendingNanos = 0;
        count = 0;
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

    /** The potential at the current tightness. */
    public Landscape landscape() {
        return landscape;
    }

    /** Extra pelvic tilt after core engagement, radians. */
    public double effectiveTiltRad() {
        return tiltRad;
    }

    /** The tendon's rest path now, metres. */
    public double restPath() {
        return restPath(hipAngle.get(), tiltRad);
    }

    public double potentialEnergy() {
        return landscape.potential(tendonX.get(), restPath());
    }

    public double kineticEnergy() {
        double s = tendonSpeed.get();
        return 0.5 * EFFECTIVE_MASS_KG * s * s;
    }

    /** Fold angles and snap energy for the current tightness and tilt. */
    public FoldAnalysis analysis() {
        return FoldAnalysis.of(tightness.get(), tiltRad);
    }

    // --- Named readouts and parameters (contract with the quiz; documented in doc/MODEL.md) -----------

    @Override
    public double readout(String name) {
        FoldAnalysis a;
        switch (name) {
            case "snaps":
                return snapCount.get();
            case "hipAngle_deg":
                return Math.toDegrees(hipAngle.get());
            case "tightness":
                return tightness.get();
            case "lastSnapEnergy_mj":
                return lastSnapEnergy.get() * 1e3;
            case "pelvicTilt":
                return pelvicTilt.get();
            case "coreEngagement":
                return coreEngagement.get();
            case "sittingHours":
                return TendonConstants.sittingHoursFromTightness(tightness.get());
            case "tension_n":
                return landscape.tension();
            case "tendonX_mm":
                return tendonX.get() * 1e3;
            case "time_s":
                return time.get();
            case "motion":
                return motion.get().ordinal();
            case "snapThreshold":
                return Landscape.thresholdTightness();
            case "foldFlexing_deg":
                a = analysis();
                return Math.toDegrees(a.flexingAngleRad());
            case "foldExtending_deg":
                a = analysis();
                return Math.toDegrees(a.extendingAngleRad());
            case "hysteresis_deg":
                return Math.toDegrees(analysis().hysteresisRad());
            default:
                return Double.NaN;
        }
    }

    @Override
    public boolean setParameter(String name, double value) {
        if (!Double.isFinite(value)) {
            return false;
        }
        switch (name) {
            case "tightness":
                return set01(tightness, value);
            case "pelvicTilt":
                return set01(pelvicTilt, value);
            case "coreEngagement":
                return set01(coreEngagement, value);
            case "sittingHours":
                if (value < 0 || value > TendonConstants.SITTING_HOURS_FOR_FULL_TIGHTNESS) {
                    return false;
                }
                tightness.set(TendonConstants.tightnessFromSittingHours(value));
                return true;
            case "hipAngle_deg":
                double rad = Math.toRadians(value);
                if (rad < HIP_MIN_RAD - 1e-12 || rad > HIP_MAX_RAD + 1e-12) {
                    return false;
                }
                holdAt(rad);
                return true;
            case "motion":
                int i = (int) value;
                if (i != value || i < 0 || i >= HipMotion.values().length) {
                    return false;
                }
                motion.set(HipMotion.values()[i]);
                return true;
            case "period_s":
                if (value < 0.5 || value > 60) {
                    return false;
                }
                cyclePeriod.set(value);
                return true;
            default:
                return false;
        }
    }

    private static boolean set01(DoubleProperty p, double value) {
        if (value < 0 || value > 1) {
            return false;
        }
        p.set(value);
        return true;
    }

    @Override
    public String checkInvariants() {
        if (!Double.isFinite(theta) || !Double.isFinite(x) || !Double.isFinite(v)) {
            return "non-finite state: hip " + theta + " rad, x " + x + " m, v " + v + " m/s";
        }
        if (Math.abs(x - RIDGE_CREST_M) > X_LIMIT_M) {
            return "tendon left the ridge region: x = " + x + " m";
        }
        if (theta < HIP_MIN_RAD - 1e-9 || theta > HIP_MAX_RAD + 1e-9) {
            return "hip angle out of range: " + Math.toDegrees(theta) + " deg";
        }
        double u = landscape.potential(x, restPath(theta, tiltRad));
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
