package org.crepituslab.manipulation.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The live model: pops come out in time order within the thrust, popped joints are refractory, reset restores. */
class ManipulationModelTest {
    @Test
    void aThrustsPopsComeOutInTimeOrderWithinTheThrust() {
        ManipulationModel m = new ManipulationModel();
        List<SpinePop> heard = new ArrayList<>();
        m.pops().addListener(heard::add);
        m.thrust();
        assertTrue(heard.isEmpty(), "no pop before time passes");
        for (int i = 0; i < 40; i++) {
            m.step(0.01);
        }
        assertEquals(m.lastThrust().pops(), heard);
        assertTrue(heard.size() >= 2, "a volley: " + heard.size());
        for (int i = 0; i < heard.size(); i++) {
            assertTrue(heard.get(i).time() > 0 && heard.get(i).time() <= ManipulationConstants.THRUST_DURATION_S);
            assertTrue(i == 0 || heard.get(i).time() >= heard.get(i - 1).time());
            assertTrue(heard.get(i).gap() > 0 && heard.get(i).energy() > 0);
        }
        assertEquals(heard.size(), m.readout("popsLastThrust"));
        assertEquals(heard.size(), m.readout("pops"));
        assertNull(m.checkInvariants());
    }

    @Test
    void poppedJointsStaySilentUntilTheirRefractoryPeriodEnds() {
        ManipulationModel m = new ManipulationModel();
        m.thrust();
        m.step(0.5);
        List<SpinePop> first = m.lastThrust().pops();
        assertEquals(10 - first.size(), m.readout("readyJoints"));
        m.thrust();
        m.step(0.5);
        for (SpinePop p : m.lastThrust().pops()) {
            assertTrue(first.stream().noneMatch(q -> q.joint().equals(p.joint())), "popped again: " + p.joint());
        }
        double refractory = FacetParts.refractoryPeriod();
        assertTrue(refractory > 15 * 60 && refractory < 25 * 60, "about 20 minutes: " + refractory);
        m.setParameter("timeAcceleration", 600);
        m.step(refractory / 600 + 0.1);
        assertEquals(10, m.readout("readyJoints"));
    }

    @Test
    void theScheduleLoosensAndResetRestoresEverything() {
        ManipulationModel m = new ManipulationModel();
        double before = m.readout("maxLaxity");
        assertTrue(m.setParameter("restrictedLevel", 4));
        assertTrue(m.setParameter("perDay", 2));
        m.runSchedule();
        assertEquals(ManipulationConstants.DEFAULT_WEEKS, m.readout("weeks"));
        assertTrue(m.readout("maxLaxity") > before && m.readout("instability") > 0);
        assertTrue(m.readout("popsPerDay") > 0);
        m.thrust();
        m.step(1);
        m.reset();
        assertEquals(0, m.readout("weeks"));
        assertEquals(0, m.readout("pops"));
        assertEquals(0, m.readout("restrictedLevel"));
        assertEquals(before, m.readout("maxLaxity"), 1e-12);
        assertEquals(10, m.readout("readyJoints"));
    }

    @Test
    void theLastTechniqueIsWhatTheLastThrustWasNotWhatIsSelectedNow() {
        ManipulationModel m = new ManipulationModel();
        assertEquals(-1, m.readout("lastTechnique"), "no thrust yet");
        m.thrust();
        assertEquals(0, m.readout("lastTechnique"), "a targeted thrust by default");
        assertTrue(m.setParameter("technique", 1));
        assertEquals(0, m.readout("lastTechnique"), "choosing the twist afterwards does not change what was done");
        m.step(1); // the first thrust is over
        m.thrust();
        assertEquals(1, m.readout("lastTechnique"));
    }

    @Test
    void theSameSeedGivesTheSamePops() {
        ManipulationModel a = new ManipulationModel(7);
        ManipulationModel b = new ManipulationModel(7);
        a.thrust();
        b.thrust();
        assertEquals(a.lastThrust().pops(), b.lastThrust().pops());
    }

    @Test
    void theBusyModelKeepsPoppingAndKeepsItsInvariants() {
        ManipulationModel m = new ManipulationModel();
        m.makeBusy();
        for (int i = 0; i < 600; i++) {
            m.step(1 / 60.0);
            assertNull(m.checkInvariants());
        }
        assertTrue(m.readout("thrusts") >= 9 && m.readout("pops") >= 20, m.readout("thrusts") + " " + m.readout("pops"));
    }
}
