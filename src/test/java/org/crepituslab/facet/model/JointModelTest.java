package org.crepituslab.facet.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The screen model's contract: read-outs, parameters, time acceleration, events, reset. */
class JointModelTest {

    @Test
    void everyContractReadoutIsKnown() {
        JointModel m = new JointModel();
        for (String name : List.of("pops", "refractoryBlocks", "gap_mm", "pressure_kpa", "bubbleRadius_mm",
                "refractoryRemaining_min", "timeAcceleration", "soundModel", "pull_mm", "dissolvedGas_percent",
                "threshold_kpa", "ready", "time_s")) {
            assertFalse(Double.isNaN(m.readout(name)), name);
        }
        assertTrue(Double.isNaN(m.readout("nonsense")));
        assertEquals(1, m.readout("timeAcceleration"));
        assertEquals(2, m.readout("soundModel"), "partial collapse by default");
    }

    @Test
    void timeAccelerationAcceptsOnlyOneSixtyAndSixHundred() {
        JointModel m = new JointModel();
        assertTrue(m.setParameter("timeAcceleration", 600));
        assertFalse(m.setParameter("timeAcceleration", 10));
        assertEquals(600, m.readout("timeAcceleration"));
        m.step(1.0 / 60);
        assertEquals(10, m.readout("time_s"), 1e-9, "one frame at ×600 is ten simulated seconds");
        assertTrue(m.setParameter("timeAcceleration", 60));
        assertTrue(m.setParameter("timeAcceleration", 1));
    }

    @Test
    void soundModelSelectsTheExplanation() {
        JointModel m = new JointModel();
        for (SoundExplanation e : SoundExplanation.values()) {
            assertTrue(m.setParameter("soundModel", e.code()));
            assertEquals(e, m.soundExplanationProperty().get());
        }
        assertFalse(m.setParameter("soundModel", 3));
        assertFalse(m.setParameter("soundModel", 0.5));
        assertFalse(m.setParameter("nonsense", 1));
        assertFalse(m.setParameter("threshold_kpa", -400), "outside the allowed range");
    }

    @Test
    void popsAndBlocksAreEmittedAndCounted() {
        JointModel m = new JointModel();
        List<PopEvent> pops = new ArrayList<>();
        List<NoPopEvent> blocks = new ArrayList<>();
        List<Double> ready = new ArrayList<>();
        m.pops().addListener(pops::add);
        m.noPops().addListener(blocks::add);
        m.readyAgain().addListener(ready::add);
        m.startStandardStretch();
        for (int i = 0; i < 120; i++) {
            m.step(1.0 / 60);
        }
        assertEquals(1, pops.size());
        assertEquals(1, m.readout("pops"));
        assertEquals(pops.get(0), m.lastPopProperty().get());
        assertEquals(Stage.REFRACTORY, m.stageProperty().get());
        double remaining = m.readout("refractoryRemaining_min");
        assertTrue(remaining > 14 && remaining < 25, "countdown " + remaining);
        m.startStandardStretch();
        for (int i = 0; i < 120; i++) {
            m.step(1.0 / 60);
        }
        assertEquals(1, blocks.size());
        assertEquals(1, m.readout("refractoryBlocks"));
        m.setParameter("timeAcceleration", 600);
        for (int i = 0; i < 60 * 3; i++) {
            m.step(1.0 / 60);
        }
        assertEquals(1, ready.size(), "ready again after accelerated waiting");
        assertEquals(Stage.READY, m.stageProperty().get());
        assertEquals(0, m.readout("refractoryRemaining_min"));
    }

    @Test
    void resetPutsEveryPropertyBack() {
        JointModel m = new JointModel();
        m.setParameter("timeAcceleration", 60);
        m.setParameter("soundModel", 0);
        m.setParameter("threshold_kpa", -120);
        m.setParameter("stretchRate_mm_s", 5);
        m.setParameter("stretchAmount_mm", 0.9);
        m.startStandardStretch();
        for (int i = 0; i < 30; i++) {
            m.step(1.0 / 60);
        }
        m.reset();
        JointModel fresh = new JointModel();
        for (String name : List.of("pops", "refractoryBlocks", "gap_mm", "pressure_kpa", "bubbleRadius_mm",
                "refractoryRemaining_min", "timeAcceleration", "soundModel", "pull_mm", "dissolvedGas_percent",
                "threshold_kpa", "stretchRate_mm_s", "stretchAmount_mm", "time_s")) {
            assertEquals(fresh.readout(name), m.readout(name), name);
        }
        assertEquals(null, m.lastPopProperty().get());
        assertEquals(Stage.REST, m.stageProperty().get());
        assertEquals(0, m.requestedPullProperty().get());
    }

    @Test
    void theStandardStretchMovesThePullProperty() {
        JointModel m = new JointModel();
        m.startStandardStretch();
        m.step(0.1);
        assertEquals(FacetConstants.STANDARD_STRETCH, m.requestedPullProperty().get(), 1e-12,
                "the slider shows the stretch's target");
        assertTrue(m.isStretchProgramRunning());
        m.requestedPullProperty().set(0.2e-3);
        assertFalse(m.isStretchProgramRunning(), "a manual pull takes over");
    }
}
