package org.crepituslab.walking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.crepituslab.framework.contract.Quantity;
import org.crepituslab.framework.validation.Comparison;
import org.crepituslab.walking.model.WalkingModel;
import org.junit.jupiter.api.Test;

/** The walking declaration holds on its model: contract round trip, readouts, validation rows. */
class WalkingScreenTest {
    private final WalkingScreen screen = new WalkingScreen();

    @Test
    void everyDeclaredReadoutOfTheBriefIsThere() {
        Set<String> names = screen.contract().readouts().stream().map(Quantity::name).collect(Collectors.toSet());
        assertTrue(names.containsAll(Set.of("steps", "pops", "snaps", "clicks", "pelvicTilt_deg", "hipFlexion_deg",
                "lordosis_deg", "segmentMotion_mm", "hipFlexorTightness", "core", "glutes", "speed_m_s",
                "structuralLevel")), names.toString());
    }

    @Test
    void validationRowsAllPass() {
        List<Comparison> rows = screen.validations().get(0).run();
        assertTrue(rows.size() >= 10);
        for (Comparison row : rows) {
            assertTrue(row.pass(), row.quantity() + ": " + row.measured() + " vs " + row.expected());
        }
    }

    @Test
    void busyModelWalksWithEverySound() {
        WalkingModel m = screen.createBusyModel();
        while (m.steps() < 400) {
            m.step(0.1);
        }
        assertTrue(m.snaps() > 0 && m.clicks() >= 395 && m.pops() > 0,
                m.snaps() + " snaps, " + m.clicks() + " clicks, " + m.pops() + " pops");
        assertEquals(null, m.checkInvariants());
    }
}
