package org.crepituslab.app.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.crepituslab.app.Screens;
import org.crepituslab.app.bench.Soak;
import org.crepituslab.app.cli.SoakCommand;
import org.crepituslab.testing.FxTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A shortened soak for every build; `soak --hours=1 --cycles=200` is the full run. */
class SoakTest {
    @BeforeAll
    static void toolkit() throws Exception {
        FxTest.startToolkit();
    }

    @Test
    void everyModelRunsTenSimulatedMinutesWithInvariantsIntact() {
        List<Soak.ModelResult> results = Soak.models(600);
        for (Soak.ModelResult r : results) {
            assertNull(r.brokenInvariant(), r.screen());
            assertTrue(r.heapAfterMb() < r.heapBeforeMb() * (1 + SoakCommand.MAX_HEAP_GROWTH) + 2,
                    r.screen() + " heap " + r.heapBeforeMb() + " -> " + r.heapAfterMb() + " MB");
        }
    }

    @Test
    void closedViewsAreCollected() throws Exception {
        Soak.ViewResult r = Soak.views(20);
        assertEquals(20 * Screens.all().size(), r.opened());
        assertTrue(r.stillReachable() <= 1, r.stillReachable() + " closed views still reachable: a listener leak");
    }
}
