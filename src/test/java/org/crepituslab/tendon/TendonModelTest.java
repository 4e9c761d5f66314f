package org.crepituslab.tendon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.DoubleSupplier;
import org.crepituslab.tendon.model.FoldAnalysis;
import org.crepituslab.tendon.model.HipMotion;
import org.crepituslab.tendon.model.Landscape;
import org.crepituslab.tendon.model.SnapDirection;
import org.crepituslab.tendon.model.SnapEvent;
import org.crepituslab.tendon.model.TendonConstants;
import org.crepituslab.tendon.model.TendonModel;
import org.junit.jupiter.api.Test;

/** The integrated model: snaps, hysteresis, energy, frame-rate independence, reset, contract names. */
class TendonModelTest {

    /** Runs whole cycles of the current motion with frames of the given sizes; returns the snaps. */
    static List<SnapEvent> run(TendonModel m, int cycles, DoubleSupplier frame) {
        List<SnapEvent> events = new ArrayList<>();
        Runnable off = m.snaps().addListener(events::add);
        double end = m.timeProperty().get() + cycles * m.cyclePeriodProperty().get();
        while (m.timeProperty().get() < end - 1e-9) {
            m.step(Math.min(frame.getAsDouble(), end - m.timeProperty().get()));
            String broken = m.checkInvariants();
            assertNull(broken, "invariant at t=" + m.timeProperty().get());
        }
        off.run();
        return events;
    }

    static TendonModel model(double tightness) {
        TendonModel m = new TendonModel();
        m.tightnessProperty().set(tightness);
        return m;
    }

    @Test
    void noSnapBelowTheTightnessThreshold() {
        for (double t : new double[] {0, 0.3, 0.6, Landscape.foldThresholdTightness() - 0.01}) {
            TendonModel m = model(t);
            assertEquals(List.of(), run(m, 3, () -> 1 / 60.0), "tightness " + t);
            // even fully tilted, walking, or flicked back and forth by hand as fast as the hip can go
            m.pelvicTiltProperty().set(1);
            m.motionProperty().set(HipMotion.WALKING);
            assertEquals(List.of(), run(m, 4, () -> 1 / 60.0), "walking, tightness " + t);
            for (int i = 0; i < 6; i++) {
                m.holdAt(Math.toRadians(i % 2 == 0 ? 100 : -15));
                for (int f = 0; f < 30; f++) {
                    m.step(1 / 60.0);
                }
            }
            assertEquals(0, m.snapCountProperty().get(), "flicked, tightness " + t);
        }
    }

    @Test
    void theClinicalManoeuvreSnapsOncePerCycleOnTheWayBackToExtension() {
        for (double t : new double[] {0.8, 0.9, 1.0}) {
            TendonModel m = model(t);
            int cycles = 4;
            List<SnapEvent> snaps = run(m, cycles, () -> 1 / 60.0);
            assertEquals(cycles, snaps.size(), "one snap per cycle at tightness " + t);
            for (int i = 0; i < snaps.size(); i++) {
                assertEquals(SnapDirection.EXTENDING, snaps.get(i).direction(),
                        "abducted and rotated out, the tendon crossed quietly going up");
                assertTrue(snaps.get(i).energyJ() > 0);
                assertEquals(i + 1, snaps.get(i).count());
            }
            assertEquals(cycles, (int) m.readout("snaps"));
            assertEquals(snaps.get(snaps.size() - 1).energyJ() * 1e3, m.readout("lastSnapEnergy_mj"), 1e-12);
        }
    }

    @Test
    void theManoeuvreAbductsOnTheWayInAndReturnsToNeutralBeforeTheCrest() {
        TendonModel m = model(0.9);
        double maxAbduction = 0;
        double abductionAtCrestGoingUp = Double.NaN;
        double abductionAtCrestComingDown = Double.NaN;
        double lastHip = m.readout("hipAngle_deg");
        for (int i = 0; i < 240; i++) {
            m.step(1 / 60.0);
            double hip = m.readout("hipAngle_deg");
            maxAbduction = Math.max(maxAbduction, m.readout("abduction_deg"));
            if (lastHip < 35 && hip >= 35) {
                abductionAtCrestGoingUp = m.readout("abduction_deg");
            }
            if (lastHip > 35 && hip <= 35) {
                abductionAtCrestComingDown = m.readout("abduction_deg");
            }
            lastHip = hip;
        }
        assertEquals(30, maxAbduction, 0.5, "about 30 degrees of abduction at the top");
        assertTrue(abductionAtCrestGoingUp > 25, "abducted as the path crosses the crest going up");
        assertEquals(0, abductionAtCrestComingDown, 1e-9, "in neutral as it comes back over the crest");
    }

    @Test
    void aHipMovedByHandInNeutralSnapsBothWaysWithHysteresis() {
        TendonModel m = model(1.0);
        m.holdAt(Math.toRadians(80));
        for (int i = 0; i < 60; i++) {
            m.step(1 / 60.0);
        }
        m.holdAt(Math.toRadians(-15));
        List<SnapEvent> snaps = run(m, 1, () -> 1 / 60.0);
        assertEquals(1, snaps.size(), "back down: one snap while extending");
        assertEquals(SnapDirection.EXTENDING, snaps.get(0).direction());
        assertEquals(2, m.snapCountProperty().get(), "one up, one down");
        FoldAnalysis a = m.analysis();
        assertTrue(Math.toDegrees(a.hysteresisRad()) > 10, "hysteresis " + Math.toDegrees(a.hysteresisRad()));
    }

    @Test
    void slowlyMovedHipSnapsAtTheAnalyticFoldAngle() {
        TendonModel m = model(0.9);
        m.cyclePeriodProperty().set(60);
        List<SnapEvent> snaps = run(m, 1, () -> 0.05);
        FoldAnalysis a = m.analysis();
        assertEquals(1, snaps.size());
        // the tendon leaves the vanished well after a short delay, so it crosses the crest a little late
        assertEquals(Math.toDegrees(a.extendingAngleRad()), snaps.get(0).hipAngleDeg(), 0.5);
        assertTrue(snaps.get(0).hipAngleDeg() < Math.toDegrees(a.extendingAngleRad()), "never before the fold");
        assertEquals(a.energyJ(), snaps.get(0).energyJ(), 0.1 * a.energyJ(), "potential drop at the fold");
    }

    @Test
    void theThresholdIsFoundForTheMovementAndItsSpeed() {
        TendonModel m = model(0.8);
        double clinical = m.readout("snapThreshold");
        assertTrue(clinical >= Landscape.foldThresholdTightness() && clinical < 0.8, "clinical " + clinical);
        m.cyclePeriodProperty().set(1);
        double fast = m.readout("snapThreshold");
        assertTrue(Math.abs(fast - clinical) > 0.01, "speed matters: " + fast + " vs " + clinical);
        m.motionProperty().set(HipMotion.WALKING);
        assertEquals(2, m.readout("snapThreshold"), "a level pelvis walks without snapping at any tightness");
        m.pelvicTiltProperty().set(1);
        assertTrue(m.readout("snapThreshold") < 1, "a tilted pelvis walks into the fold");
    }

    @Test
    void releasedEnergyRisesWithTightness() {
        double last = 0;
        for (double t : new double[] {0.8, 0.85, 0.9, 0.95, 1.0}) {
            double mean = run(model(t), 2, () -> 1 / 60.0).stream().mapToDouble(SnapEvent::energyJ).average().orElseThrow();
            assertTrue(mean > last, "tightness " + t + ": " + mean + " J after " + last + " J");
            last = mean;
        }
    }

    @Test
    void resultsDoNotDependOnTheFrameRate() {
        List<SnapEvent> reference = run(model(0.9), 2, () -> 1 / 60.0);
        Random random = new Random(42);
        List<DoubleSupplier> frames = List.of(() -> 1 / 30.0, () -> 1 / 144.0, () -> 0.1,
                () -> 0.001 + 0.05 * random.nextDouble());
        for (DoubleSupplier frame : frames) {
            List<SnapEvent> other = run(model(0.9), 2, frame);
            assertEquals(reference.size(), other.size());
            for (int i = 0; i < reference.size(); i++) {
                SnapEvent a = reference.get(i);
                SnapEvent b = other.get(i);
                assertEquals(a.timeS(), b.timeS(), TendonConstants.SUBSTEP_S * 1.01, "snap " + i + " time");
                assertEquals(a.hipAngleDeg(), b.hipAngleDeg(), 0.05, "snap " + i + " angle");
                assertEquals(a.energyJ(), b.energyJ(), 1e-3 * a.energyJ(), "snap " + i + " energy");
                assertEquals(a.direction(), b.direction());
            }
        }
    }

    @Test
    void pelvicTiltMakesWalkingSnapAndCoreEngagementTakesItAway() {
        TendonModel m = model(0.8);
        m.motionProperty().set(HipMotion.WALKING);
        assertEquals(0, run(m, 4, () -> 1 / 60.0).size(), "a level pelvis: the stride stays short of the fold");
        // 9 degrees of extra tilt: the flexing fold (36 degrees level) moves into the stride (to 27 degrees)
        m.pelvicTiltProperty().set(0.6);
        List<SnapEvent> tilted = run(m, 4, () -> 1 / 60.0);
        assertTrue(tilted.size() >= 6, "a tilted pelvis: snaps in the walking stride, got " + tilted.size());
        // engaged core leaves 40 % of it: 3.6 degrees, no longer enough
        m.coreEngagementProperty().set(1);
        run(m, 1, () -> 1 / 60.0);
        assertEquals(0, run(m, 4, () -> 1 / 60.0).size(), "core engaged: back to no snaps");
    }

    @Test
    void aHeldHipMovesToItsTargetAndStays() {
        TendonModel m = model(0.9);
        m.holdAt(Math.toRadians(50));
        assertEquals(HipMotion.HOLD, m.motionProperty().get());
        for (int i = 0; i < 60; i++) {
            m.step(1 / 60.0);
        }
        assertEquals(50, m.readout("hipAngle_deg"), 1e-9);
        assertEquals(1, m.snapCountProperty().get(), "passing the flexing fold snapped once");
        double x = m.tendonXProperty().get();
        assertTrue(x > 0, "now on the lateral side of the ridge");
        for (int i = 0; i < 60; i++) {
            m.step(1 / 60.0);
        }
        assertEquals(x, m.tendonXProperty().get(), 1e-9, "settled");
        // the hip never moves faster than the limit, however far the target jumps
        m.holdAt(Math.toRadians(-15));
        m.step(0.01);
        assertEquals(50 - Math.toDegrees(TendonConstants.HIP_MAX_SPEED_RAD_PER_S) * 0.01, m.readout("hipAngle_deg"), 1e-6);
    }

    @Test
    void resetRestoresEverything() {
        TendonModel m = new TendonModel();
        double t0 = m.readout("tightness");
        double angle0 = m.readout("hipAngle_deg");
        double x0 = m.readout("tendonX_mm");
        m.tightnessProperty().set(1);
        m.pelvicTiltProperty().set(0.5);
        m.coreEngagementProperty().set(0.5);
        m.motionProperty().set(HipMotion.WALKING);
        run(m, 3, () -> 1 / 60.0);
        m.holdAt(1);
        m.step(0.3);
        m.reset();
        assertEquals(t0, m.readout("tightness"));
        assertEquals(0, m.readout("pelvicTilt"));
        assertEquals(0, m.readout("coreEngagement"));
        assertEquals(HipMotion.FLEXION_EXTENSION, m.motionProperty().get());
        assertEquals(HipMotion.FLEXION_EXTENSION.defaultPeriodS(), m.cyclePeriodProperty().get());
        assertEquals(angle0, m.readout("hipAngle_deg"));
        assertEquals(x0, m.readout("tendonX_mm"));
        assertEquals(0, m.readout("snaps"));
        assertEquals(0, m.readout("lastSnapEnergy_mj"));
        assertEquals(0, m.readout("time_s"));
        assertEquals(0, m.tendonSpeedProperty().get());
        assertNull(m.checkInvariants());
        // and it runs exactly as a fresh model does
        List<SnapEvent> again = run(m, 1, () -> 1 / 60.0);
        List<SnapEvent> fresh = run(new TendonModel(), 1, () -> 1 / 60.0);
        assertEquals(fresh, again);
    }

    @Test
    void contractReadoutsAndParameters() {
        TendonModel m = new TendonModel();
        for (String name : new String[] {"snaps", "hipAngle_deg", "tightness", "lastSnapEnergy_mj"}) {
            assertTrue(Double.isFinite(m.readout(name)), name);
        }
        assertTrue(Double.isNaN(m.readout("nonsense")));
        for (String name : new String[] {"tightness", "pelvicTilt", "coreEngagement"}) {
            assertTrue(m.setParameter(name, 0.25), name);
            assertEquals(0.25, m.readout(name), 1e-12, name);
            assertFalse(m.setParameter(name, -0.1), name + " below range");
            assertFalse(m.setParameter(name, 1.1), name + " above range");
            assertFalse(m.setParameter(name, Double.NaN), name + " NaN");
            assertEquals(0.25, m.readout(name), 1e-12, name + " unchanged by a rejected value");
        }
        assertFalse(m.setParameter("nonsense", 0.5));
        assertTrue(m.setParameter("hipAngle_deg", 40));
        assertEquals(HipMotion.HOLD, m.motionProperty().get());
        assertFalse(m.setParameter("hipAngle_deg", 170));
        assertTrue(m.setParameter("motion", 2));
        assertEquals(HipMotion.WALKING, m.motionProperty().get());
        assertFalse(m.setParameter("motion", 1.5));
        assertTrue(m.setParameter("sittingHours", 6));
        assertEquals(0.5, m.readout("tightness"), 1e-12);
    }

    @Test
    void outOfRangeValuesSetDirectlyAreClamped() {
        TendonModel m = new TendonModel();
        m.tightnessProperty().set(3);
        assertEquals(1, m.tightnessProperty().get());
        m.pelvicTiltProperty().set(-2);
        assertEquals(0, m.pelvicTiltProperty().get());
        m.targetAngleProperty().set(10);
        assertEquals(TendonConstants.HIP_MAX_RAD, m.targetAngleProperty().get());
        m.cyclePeriodProperty().set(-1);
        assertTrue(m.cyclePeriodProperty().get() > 0);
        m.step(Double.NaN);
        m.step(-1);
        assertNull(m.checkInvariants());
    }

    @Test
    void busyStateSnapsOftenAndStaysValid() {
        TendonModel m = new TendonScreen().createBusyModel();
        List<SnapEvent> snaps = run(m, 10, () -> 1 / 60.0);
        assertTrue(snaps.size() >= 20, "busy: two snaps per stride, got " + snaps.size());
    }
}
