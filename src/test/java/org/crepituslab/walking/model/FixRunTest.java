package org.crepituslab.walking.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** "Try the fix" played over the walk: gradual, the rates of the last strides fall except the click's. */
class FixRunTest {
    private static final Causes BAD = new Causes(0.9, 0.1, 0.5, Causes.SPEED_NORMAL, 4);

    private static void strides(WalkingModel m, int n) {
        long end = m.steps() + n;
        while (m.steps() < end) {
            m.step(0.02);
        }
    }

    @Test
    void theCausesChangeGraduallyAndTheRatesFallExceptTheClick() {
        WalkingModel m = new WalkingModel(9);
        m.setCauses(BAD);
        strides(m, StrideTally.WINDOW);
        assertTrue(m.readout("snapsPer100") >= 390, "tight flexors snap: " + m.readout("snapsPer100"));
        assertEquals(100, m.readout("clicksPer100"), 1e-9);
        m.startFix(12);
        strides(m, 4);
        double core = m.causes().core();
        assertTrue(m.fix().running());
        assertTrue(core > BAD.core() && core < 0.6, "a few weeks in: core " + core);
        assertTrue(m.readout("fixWeeks") > 1 && m.readout("fixWeeks") < 3, "weeks " + m.readout("fixWeeks"));
        strides(m, 40);
        assertFalse(m.fix().running());
        assertEquals(12, m.readout("fixWeeks"), 1e-9);
        assertEquals(FixProgramme.after(BAD, 12), m.causes());
        assertEquals(0, m.readout("snapsPer100"), "supple flexors do not snap");
        assertEquals(100, m.readout("clicksPer100"), 1e-9, "the structural click needs a professional");
        assertEquals(BAD.structuralLevel(), m.causes().structuralLevel());
    }

    @Test
    void changingACauseStopsTheProgramme() {
        WalkingModel m = new WalkingModel();
        m.setCauses(BAD);
        m.startFix(12);
        strides(m, 2);
        m.setParameter("glutes", 0.9);
        Causes now = m.causes();
        strides(m, 4);
        assertFalse(m.fix().running());
        assertEquals(now, m.causes());
        m.reset();
        assertEquals(0, m.readout("fixWeeks"));
    }

    @Test
    void newCausesStartTheRatesAfreshFromTheNextFullStride() {
        WalkingModel m = new WalkingModel(9);
        m.setCauses(BAD);
        strides(m, 5);
        assertTrue(m.readout("snapsPer100") > 0);
        m.step(0.3);
        m.setCauses(BAD.withTightness(0.2));
        assertEquals(0, m.tally().strides(), "the window empties");
        strides(m, 1);
        assertEquals(0, m.tally().strides(), "the stride under way when the causes changed is left out");
        strides(m, 2);
        assertEquals(2, m.tally().strides());
        assertEquals(0, m.readout("snapsPer100"), "only strides with supple flexors count");
        assertEquals(100, m.readout("clicksPer100"), 1e-9);
    }

    @Test
    void theTallyCountsTheLastStridesOnly() {
        StrideTally t = new StrideTally();
        assertEquals(0, t.per100(GaitEvent.Kind.POP));
        t.count(GaitEvent.Kind.POP);
        t.strideDone();
        assertEquals(100, t.per100(GaitEvent.Kind.POP), 1e-9);
        for (int i = 0; i < StrideTally.WINDOW; i++) {
            t.strideDone();
        }
        assertEquals(0, t.per100(GaitEvent.Kind.POP), 1e-9);
        assertEquals(StrideTally.WINDOW, t.strides());
    }
}
