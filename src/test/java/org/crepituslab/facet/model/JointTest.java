package org.crepituslab.facet.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The joint at default settings: the pop, the jump, the gas, and what a stretch does later. */
class JointTest {
    private static final double FRAME = 1.0 / 60;

    @Test
    void aRestedJointRestsQuietly() {
        Joint j = new Joint();
        JointRecorder r = JointRecorder.on(j);
        JointRecorder.runTo(j, 60, FRAME);
        assertEquals(0, r.pops.size());
        assertEquals(0, j.pressure(), 1e-9);
        assertEquals(0, j.gap(), 1e-12);
        assertEquals(0, j.bubbleRadius(), 0);
        assertEquals(1, j.gas().dissolvedFraction(), 1e-12);
        assertEquals(Stage.REST, j.stage());
        assertNull(j.checkInvariants());
    }

    @Test
    void theStandardStretchPopsAtTheThresholdWellUnderOneMillimetre() {
        Joint j = new Joint();
        JointRecorder r = JointRecorder.on(j);
        j.stretch().startStandard();
        JointRecorder.runTo(j, 2, FRAME);
        assertEquals(1, r.pops.size(), "one pop");
        PopEvent pop = r.pops.get(0);
        assertEquals(FacetConstants.NUCLEATION_THRESHOLD, pop.pressureAtPop(), 1, "nucleates at the threshold");
        double pullAtPop = pop.time() * FacetConstants.STRETCH_RATE;
        assertEquals(j.popPull(), pullAtPop, 1e-9, "at the pull where the fluid reaches the threshold");
        assertTrue(pullAtPop < 0.5e-3, "well under 1 mm: " + pullAtPop);
        assertEquals(0, j.stretch().pull(), 0, "the stretch is over");
    }

    @Test
    void theSurfacesJumpApartAndThePressureRecoversAfterThePop() {
        Joint j = new Joint();
        JointRecorder r = JointRecorder.on(j);
        j.stretch().startStandard();
        JointRecorder.runTo(j, 0.166, 1e-3);
        double gapBefore = j.gap();
        double pressureBefore = j.pressure();
        assertEquals(0, r.pops.size());
        JointRecorder.runTo(j, 0.40, FRAME);
        assertEquals(1, r.pops.size());
        // the pull rose by 0.56 mm/s·0.23 s; the gap rose far more than that
        assertTrue(j.gap() > gapBefore + 0.25e-3, "gap " + gapBefore + " -> " + j.gap());
        assertTrue(j.pressure() > pressureBefore + 20_000, "pressure " + pressureBefore + " -> " + j.pressure());
        assertTrue(j.bubbleRadius() > 1.5e-3, "a mm-sized cavity: " + j.bubbleRadius());
    }

    @Test
    void theReleasedGasIsMostlyCarbonDioxide() {
        Joint j = new Joint();
        j.stretch().startStandard();
        // the end of the hold: the gas that diffused into the cavity while the joint was open
        JointRecorder.runTo(j, 0.75, FRAME);
        double total = 0;
        for (GasSpecies g : GasSpecies.values()) {
            total += j.gas().bubble(g);
        }
        double co2 = j.gas().bubble(GasSpecies.CO2) / total;
        assertTrue(co2 > 0.7 && co2 < 0.95, "CO2 share " + co2);
        assertTrue(j.gas().dissolvedFraction() < 1, "gas came out of solution");
    }

    @Test
    void thePopRingsAndCollapsesOnlyPartly() {
        Joint j = new Joint();
        JointRecorder r = JointRecorder.on(j);
        j.stretch().startStandard();
        JointRecorder.runTo(j, 1, FRAME);
        PopTrace t = r.pops.get(0).trace();
        assertTrue(t.firstMaxIndex() > 0 && t.firstMinIndex() > t.firstMaxIndex(), "growth, then a collapse");
        assertTrue(t.collapseRatio() > 0.3 && t.collapseRatio() < 0.95, "partial collapse: " + t.collapseRatio());
        double growthMs = t.time(t.firstMaxIndex()) * 1e3;
        assertTrue(growthMs < 2, "the cavity forms within a millisecond or two: " + growthMs);
        assertTrue(t.duration() > 2e-3 && t.duration() <= FacetConstants.MAX_DYNAMIC_TIME + 1e-9,
                "the fast phase lasts a few ms: " + t.duration());
    }

    @Test
    void aSecondStretchAtFiveMinutesDoesNotPopButOneAtThirtyMinutesDoes() {
        for (double second : new double[] {5 * 60, 30 * 60}) {
            Joint j = new Joint();
            JointRecorder r = JointRecorder.on(j);
            j.stretch().startStandard();
            JointRecorder.runTo(j, second, 0.5);
            j.stretch().startStandard();
            JointRecorder.runTo(j, second + 2, FRAME);
            if (second < 600) {
                assertEquals(1, r.pops.size(), "no second pop at 5 min");
                assertEquals(1, r.noPops.size(), "the blocked stretch is reported");
                assertEquals(NoPopReason.BUBBLE_PRESENT, r.noPops.get(0).reason());
                assertEquals(1, j.episodes().blocks());
            } else {
                assertEquals(2, r.pops.size(), "a second pop at 30 min");
                assertEquals(0, j.episodes().blocks());
            }
        }
    }

    @Test
    void stretchesAtZeroFiveAndThirtyMinutesPopBlockPop() {
        Joint j = new Joint();
        JointRecorder r = JointRecorder.on(j);
        for (double at : new double[] {1, 301, 1801}) {
            JointRecorder.runTo(j, at, 1);
            j.stretch().startStandard();
        }
        JointRecorder.runTo(j, 1806, FRAME);
        assertEquals(2, r.pops.size());
        assertEquals(1801, r.pops.get(1).stretchStart(), 0.05);
        assertEquals(1, r.noPops.size());
        assertEquals(301, r.noPops.get(0).stretchStart(), 0.05);
    }

    @Test
    void theRefractoryPeriodLastsFifteenToTwentyFiveMinutes() {
        Joint j = new Joint();
        JointRecorder r = JointRecorder.on(j);
        j.stretch().startStandard();
        JointRecorder.runTo(j, 2, FRAME);
        double predicted = j.time() + j.refractory().remaining();
        assertEquals(Stage.REFRACTORY, j.stage());
        JointRecorder.runTo(j, 40 * 60, 1);
        assertEquals(1, r.ready.size());
        double minutes = r.ready.get(0) / 60;
        assertTrue(minutes > 15 && minutes < 25, "refractory " + minutes + " min");
        assertEquals(predicted, r.ready.get(0), 2, "the countdown predicted it");
        assertEquals(Stage.READY, j.stage());
        // and the first stretch after "ready" pops, one just before it does not
        Joint early = new Joint();
        JointRecorder re = JointRecorder.on(early);
        early.stretch().startStandard();
        JointRecorder.runTo(early, r.ready.get(0) - 60, 1);
        early.stretch().startStandard();
        JointRecorder.runTo(early, r.ready.get(0) - 55, FRAME);
        assertEquals(1, re.pops.size(), "a minute early: still refractory");
        Joint onTime = new Joint();
        JointRecorder ro = JointRecorder.on(onTime);
        onTime.stretch().startStandard();
        JointRecorder.runTo(onTime, r.ready.get(0) + 1, 1);
        onTime.stretch().startStandard();
        JointRecorder.runTo(onTime, r.ready.get(0) + 5, FRAME);
        assertEquals(2, ro.pops.size(), "ready means a stretch pops");
    }

    @Test
    void aDeepPullDuringTheRefractoryPeriodOpensTheLeftoverBubbleSilently() {
        Joint j = new Joint();
        JointRecorder r = JointRecorder.on(j);
        j.stretch().startStandard();
        JointRecorder.runTo(j, 10 * 60, 1);
        j.stretch().setRequestedPull(FacetConstants.MAX_STRETCH);
        double lowest = 0;
        while (j.time() < 10 * 60 + 1) {
            j.advance(FRAME);
            lowest = Math.min(lowest, j.pressure());
            assertTrue(j.pressure() > -(FacetConstants.P_ATM - FacetConstants.P_VAPOUR) - 1, "never below vapour pressure");
        }
        assertTrue(lowest > j.threshold(), "the leftover bubble keeps the fluid from the threshold: " + lowest);
        assertTrue(j.bubbleRadius() > 1e-3, "it opens into a cavity instead: " + j.bubbleRadius());
        j.stretch().setRequestedPull(0);
        JointRecorder.runTo(j, 10 * 60 + 3, FRAME);
        assertEquals(1, r.pops.size());
        assertEquals(1, r.noPops.size());
        assertEquals(NoPopReason.BUBBLE_PRESENT, r.noPops.get(0).reason());
    }

    @Test
    void aSmallPullDoesNotPopAndIsNotCountedAsBlocked() {
        Joint j = new Joint();
        JointRecorder r = JointRecorder.on(j);
        j.stretch().setRequestedPull(0.3e-3);
        JointRecorder.runTo(j, 1, FRAME);
        assertTrue(j.pressure() < -30_000 && j.pressure() > j.threshold());
        assertEquals(Stage.PRESSURE_DROP, j.stage());
        j.stretch().setRequestedPull(0);
        JointRecorder.runTo(j, 2, FRAME);
        assertEquals(0, r.pops.size());
        assertEquals(0, r.noPops.size());
        assertEquals(Stage.REST, j.stage());
    }

    @Test
    void aLowerThresholdNeedsALongerPull() {
        Joint j = new Joint();
        JointRecorder r = JointRecorder.on(j);
        j.setThreshold(-200_000);
        j.stretch().setRequestedPull(0.7e-3);
        JointRecorder.runTo(j, 1, FRAME);
        assertEquals(1, r.pops.size());
        assertEquals(JointMechanics.pullForPressure(-200_000), r.pops.get(0).time() * FacetConstants.STRETCH_RATE, 1e-9);
    }

    @Test
    void resetRestoresEverything() {
        Joint j = new Joint();
        j.setThreshold(-120_000);
        j.stretch().setRate(5e-3);
        j.stretch().startStandard();
        JointRecorder.runTo(j, 3, FRAME);
        j.stretch().setRequestedPull(0.8e-3);
        JointRecorder.runTo(j, 3.1, FRAME);
        j.reset();
        Joint fresh = new Joint();
        assertEquals(fresh.time(), j.time());
        assertEquals(fresh.stretch().pull(), j.stretch().pull());
        assertEquals(fresh.stretch().requestedPull(), j.stretch().requestedPull());
        assertEquals(fresh.pressure(), j.pressure());
        assertEquals(fresh.gap(), j.gap());
        assertEquals(fresh.bubbleRadius(), j.bubbleRadius());
        assertEquals(fresh.gas().dissolvedFraction(), j.gas().dissolvedFraction());
        assertEquals(fresh.pops(), j.pops());
        assertEquals(fresh.episodes().blocks(), j.episodes().blocks());
        assertEquals(fresh.threshold(), j.threshold());
        assertEquals(fresh.stretch().rate(), j.stretch().rate());
        assertEquals(fresh.stage(), j.stage());
        assertEquals(fresh.stretch().isProgramRunning(), j.stretch().isProgramRunning());
        for (GasSpecies g : GasSpecies.values()) {
            assertEquals(fresh.gas().bubble(g), j.gas().bubble(g));
            assertEquals(fresh.gas().dissolved(g), j.gas().dissolved(g));
        }
        // and it behaves like new
        JointRecorder r = JointRecorder.on(j);
        j.stretch().startStandard();
        JointRecorder.runTo(j, 1, FRAME);
        assertEquals(1, r.pops.size());
    }
}
