package org.crepituslab.grinding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.crepituslab.grinding.model.FrictionHistory;
import org.crepituslab.grinding.model.GrindEvent;
import org.crepituslab.grinding.model.GrindingConstants;
import org.crepituslab.grinding.model.GrindingModel;
import org.crepituslab.grinding.model.Lubrication;
import org.crepituslab.grinding.model.Spur;
import org.junit.jupiter.api.Test;

/** The grinding model without a toolkit: friction, slips, catches, determinism, frame-rate independence. */
class GrindingModelTest {
    private static GrindingModel run(double wear, int spurs, double seconds, long seed) {
        GrindingModel m = new GrindingModel(seed);
        m.wearProperty().set(wear);
        m.spursProperty().set(spurs);
        for (int i = 0; i < Math.round(seconds * 60); i++) {
            m.step(1 / 60.0);
        }
        return m;
    }

    private static double meanFriction(GrindingModel m) {
        FrictionHistory h = m.history();
        double s = 0;
        for (int i = 0; i < h.size(); i++) {
            s += h.get(i).frictionCoefficient();
        }
        return s / h.size();
    }

    private static long count(GrindingModel m, GrindEvent.Kind kind) {
        return m.eventLog().all().stream().filter(e -> e.kind() == kind).count();
    }

    @Test
    void healthyJointGlidesWithLowFrictionAndAlmostNoSlips() {
        GrindingModel m = run(0, 0, 10, 1);
        double mu = meanFriction(m);
        assertTrue(mu < 0.03, "healthy mean μ " + mu);
        assertTrue(mu > 0.002, "healthy mean μ is still friction: " + mu);
        assertTrue(m.slipsProperty().get() <= 5, "healthy slips in 10 s: " + m.slipsProperty().get());
        assertEquals(0, m.catchesProperty().get());
        assertEquals(0.95, m.readout("fluidLoadFraction"), 1e-9);
    }

    @Test
    void wornJointHasHighFrictionAndManySlips() {
        GrindingModel m = run(1, 0, 10, 1);
        double mu = meanFriction(m);
        assertTrue(mu >= 0.2 && mu <= 0.32, "worn mean μ " + mu);
        assertTrue(m.slipsProperty().get() > 1000, "worn slips in 10 s: " + m.slipsProperty().get());
        assertEquals(0, m.catchesProperty().get(), "no spurs, no catches");
        assertEquals(0, m.readout("fluidLoadFraction"), 1e-12);
    }

    @Test
    void slipsGrowInNumberThenInSizeWithWear() {
        GrindingModel healthy = run(0, 0, 5, 3);
        GrindingModel early = run(0.5, 0, 5, 3);
        GrindingModel worn = run(1, 0, 5, 3);
        assertTrue(early.slipsProperty().get() > 20 * Math.max(1, healthy.slipsProperty().get()));
        double earlyMean = early.eventLog().all().stream().mapToDouble(GrindEvent::energyJ).average().orElseThrow();
        double wornMean = worn.eventLog().all().stream().mapToDouble(GrindEvent::energyJ).average().orElseThrow();
        assertTrue(wornMean > 20 * earlyMean, "advanced slips are coarser: " + wornMean + " vs " + earlyMean);
    }

    @Test
    void measuredFrictionFollowsLostFluidSupport() {
        // over whole cycles the slope forces of the rough profile cancel, so the measured mean is
        // the biphasic law μ_eq·(1 − W_p/W) to within the static excess and the reversals
        for (double wear : new double[]{0, 0.5, 0.8, 1}) {
            GrindingModel m = run(wear, 0, 2.2, 2);
            double law = Lubrication.kineticFriction(wear);
            assertEquals(law, meanFriction(m), 0.1 * law + 0.002, "wear " + wear);
        }
    }

    @Test
    void spursAddCatchEventsLargerThanSlips() {
        GrindingModel none = run(0.9, 0, 4.4, 1);
        GrindingModel two = run(0.9, 2, 4.4, 1);
        assertEquals(0, none.catchesProperty().get());
        // each spur catches once on the way out and once on the way back: 4 cycles × 2 spurs × 2
        assertEquals(16, two.catchesProperty().get(), 1);
        double biggestSlip = two.eventLog().all().stream().filter(e -> e.kind() == GrindEvent.Kind.SLIP)
                .mapToDouble(GrindEvent::energyJ).max().orElseThrow();
        double smallestCatch = two.eventLog().all().stream().filter(e -> e.kind() == GrindEvent.Kind.CATCH)
                .mapToDouble(GrindEvent::energyJ).min().orElseThrow();
        assertTrue(smallestCatch > 10 * biggestSlip, "a catch is a larger event: " + smallestCatch + " vs " + biggestSlip);
        assertEquals(count(two, GrindEvent.Kind.CATCH), two.catchesProperty().get());
    }

    @Test
    void spursFollowTheWearStageUntilSetByHand() {
        GrindingModel m = new GrindingModel(1);
        m.wearProperty().set(0.1);
        assertEquals(0, m.spurCount(), "a healthy joint grows no spurs");
        m.wearProperty().set(0.6);
        int early = m.spurCount();
        double earlySize = m.spurSizeProperty().get();
        m.wearProperty().set(1);
        assertTrue(early > 0 && m.spurCount() > early, "more spurs as wear goes on: " + early + ", " + m.spurCount());
        assertTrue(m.spurSizeProperty().get() > earlySize, "and larger ones");
        assertEquals(GrindingConstants.MAX_SPURS, m.spurCount());
        m.spursProperty().set(2);
        assertEquals(0, m.readout("spursFollowWear"), "set by hand");
        m.wearProperty().set(0.1);
        assertEquals(2, m.spurCount(), "no longer following the wear");
        assertTrue(m.setParameter("spursFollowWear", 1));
        assertEquals(0, m.spurCount());
    }

    @Test
    void aHealthyJointDoesNotCatch() {
        GrindingModel m = new GrindingModel(1);
        m.wearProperty().set(0.1);
        m.step(4.4);
        assertEquals(0, m.catchesProperty().get());
    }

    @Test
    void spursBeyondTheTissuesReachNeverCatch() {
        GrindingModel six = run(1, 6, 4.4, 1);
        GrindingModel eight = run(1, 8, 4.4, 1);
        double reach = GrindingConstants.UPPER_SURFACE_WIDTH_M / 2 + GrindingConstants.STROKE_AMPLITUDE_M;
        for (Spur s : eight.spurs().subList(6, 8)) {
            assertTrue(Math.abs(s.positionM()) > reach, "spur at " + s.positionM() + " lies beyond the rim's travel");
        }
        assertTrue(six.catchesProperty().get() > 0);
        assertEquals(six.catchesProperty().get(), eight.catchesProperty().get(), "the far spurs add nothing");
    }

    @Test
    void aLargerSpurReleasesMoreEnergy() {
        double[] mean = new double[2];
        double[] sizes = {1e-3, 2e-3};
        for (int i = 0; i < 2; i++) {
            GrindingModel m = new GrindingModel(5);
            m.wearProperty().set(0.3);
            m.spurSizeProperty().set(sizes[i]);
            m.spursProperty().set(1);
            m.step(3.3);
            mean[i] = m.eventLog().all().stream().filter(e -> e.kind() == GrindEvent.Kind.CATCH)
                    .mapToDouble(GrindEvent::energyJ).average().orElseThrow();
        }
        assertEquals(4, mean[1] / mean[0], 0.6, "energy goes as the square of the spur's height");
    }

    @Test
    void catchReleasesTheElasticEnergyOfTheSpursHold() {
        GrindingModel m = run(0.3, 1, 1.1, 5);
        Spur spur = m.spurs().get(0);
        double force = spur.catchForceN();
        double expected = force * force / (2 * GrindingConstants.RIM_STIFFNESS_N_PER_M);
        List<GrindEvent> catches = m.eventLog().all().stream().filter(e -> e.kind() == GrindEvent.Kind.CATCH).toList();
        assertEquals(2, catches.size());
        for (GrindEvent e : catches) {
            // released at F = k·stretch + c·v_bone, so the elastic part is a few % below F²/2k (up to
            // about a tenth for a spur met near mid-stroke, where the bone moves fastest)
            assertEquals(expected, e.energyJ(), 0.12 * expected);
        }
    }

    @Test
    void sameSeedGivesTheSameEventsAndADifferentSeedDoesNot() {
        List<GrindEvent> a = run(0.9, 2, 3, 42).eventLog().all();
        List<GrindEvent> b = run(0.9, 2, 3, 42).eventLog().all();
        List<GrindEvent> c = run(0.9, 2, 3, 43).eventLog().all();
        assertFalse(a.isEmpty());
        assertEquals(a, b);
        assertNotEquals(a, c);
    }

    @Test
    void resultsDoNotDependOnTheFrameRate() {
        GrindingModel fixed = run(0.9, 3, 3, 9);
        GrindingModel ragged = new GrindingModel(9);
        ragged.wearProperty().set(0.9);
        ragged.spursProperty().set(3);
        SplittableRandom r = new SplittableRandom(1);
        double t = 0;
        while (t < 3) {
            double dt = Math.min(0.001 + 0.099 * r.nextDouble(), 3 - t);
            ragged.step(dt);
            t += dt;
        }
        GrindingModel coarse = new GrindingModel(9);
        coarse.wearProperty().set(0.9);
        coarse.spursProperty().set(3);
        for (int i = 0; i < 30; i++) {
            coarse.step(0.1);
        }
        assertEquals(fixed.time(), ragged.time(), 1e-12);
        assertEquals(fixed.eventLog().all(), ragged.eventLog().all());
        assertEquals(fixed.eventLog().all(), coarse.eventLog().all());
        assertEquals(fixed.history().last(), coarse.history().last());
        assertEquals(fixed.frictionProperty().get(), ragged.frictionProperty().get(), 0);
    }

    @Test
    void resetRestoresEverythingAndReplaysTheSameRun() {
        GrindingModel m = run(1, 4, 2, 1);
        m.spurSizeProperty().set(2.5e-3);
        m.reset();
        assertEquals(GrindingModel.DEFAULT_WEAR, m.readout("wear"));
        assertEquals(GrindingConstants.spursForWear(GrindingModel.DEFAULT_WEAR), m.readout("spurs"));
        assertEquals(GrindingConstants.spurSizeForWear(GrindingModel.DEFAULT_WEAR) * 1e3, m.readout("spurSize_mm"), 1e-12);
        assertEquals(1, m.readout("spursFollowWear"), "spurs follow the wear again after a reset");
        assertEquals(0, m.time());
        assertEquals(0, m.readout("slips"));
        assertEquals(0, m.readout("catches"));
        assertEquals(0, m.history().size());
        assertEquals(0, m.eventLog().size());
        m.wearProperty().set(1);
        m.spursProperty().set(4);
        for (int i = 0; i < 120; i++) {
            m.step(1 / 60.0);
        }
        assertEquals(run(1, 4, 2, 1).eventLog().all(), m.eventLog().all());
    }

    @Test
    void invariantsHoldThroughABusyRunWithChangingSettings() {
        GrindingModel m = new GrindingModel(11);
        new GrindingScreen().makeBusy(m);
        SplittableRandom r = new SplittableRandom(11);
        for (int i = 0; i < 300; i++) {
            if (i % 30 == 0) {
                m.wearProperty().set(r.nextDouble());
                m.spursProperty().set(r.nextInt(GrindingConstants.MAX_SPURS + 1));
            }
            m.step(r.nextDouble() * 0.05);
            assertNull(m.checkInvariants(), "step " + i);
        }
    }

    @Test
    void readoutsAndParametersOfTheContract() {
        GrindingModel m = new GrindingModel();
        assertTrue(m.setParameter("wear", 0.8));
        assertTrue(m.setParameter("spurs", 3));
        assertTrue(m.setParameter("spurSize_mm", 2));
        assertEquals(0.8, m.readout("wear"));
        assertEquals(3, m.readout("spurs"));
        assertEquals(3, m.spurs().size());
        assertFalse(m.setParameter("wear", 1.5));
        assertFalse(m.setParameter("wear", Double.NaN));
        assertFalse(m.setParameter("spurs", 2.5));
        assertFalse(m.setParameter("spurs", GrindingConstants.MAX_SPURS + 1));
        assertFalse(m.setParameter("spurSize_mm", 10));
        assertFalse(m.setParameter("colour", 1));
        assertTrue(Double.isNaN(m.readout("colour")));
        for (int i = 0; i < 120; i++) {
            m.step(1 / 60.0);
        }
        for (String name : List.of("wear", "spurs", "frictionCoefficient", "slips", "catches", "fluidLoadFraction")) {
            assertTrue(Double.isFinite(m.readout(name)), name);
        }
        assertTrue(m.readout("frictionCoefficient") > 0.05);
        assertEquals(m.slipsProperty().get(), m.readout("slips"));
        assertEquals(m.catchesProperty().get(), m.readout("catches"));
        assertEquals(Lubrication.fluidLoadFraction(0.8), m.readout("fluidLoadFraction"));
    }

    @Test
    void spurSettingIsAWholeNumberInRange() {
        GrindingModel m = new GrindingModel();
        m.spursProperty().set(2.6);
        assertEquals(3, m.spursProperty().get());
        m.spursProperty().set(99);
        assertEquals(GrindingConstants.MAX_SPURS, m.spursProperty().get());
        assertNull(m.checkInvariants());
    }
}
