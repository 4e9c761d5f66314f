package org.crepituslab.manipulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.crepituslab.framework.contract.Quantity;
import org.crepituslab.framework.validation.Comparison;
import org.crepituslab.manipulation.model.ManipulationModel;
import org.crepituslab.sound.Pcm;
import org.junit.jupiter.api.Test;

/** The manipulation declaration holds on its model: contract round trip, the brief's readouts, validation rows, its sound. */
class ManipulationScreenTest {
    private final ManipulationScreen screen = new ManipulationScreen();

    @Test
    void everyReadoutOfTheBriefIsThere() {
        Set<String> names = screen.contract().readouts().stream().map(Quantity::name).collect(Collectors.toSet());
        assertTrue(names.containsAll(Set.of("pops", "popsLastThrust", "restrictedPopped", "weeks", "maxLaxity")),
                names.toString());
    }

    @Test
    void validationRowsAllPassAndSayHowTheyArise() {
        List<Comparison> rows = screen.validations().get(0).run();
        assertTrue(rows.size() >= 8);
        for (Comparison row : rows) {
            assertTrue(row.pass(), row.quantity() + ": " + row.measured() + " vs " + row.expected());
            assertFalse(row.note().isBlank(), row.quantity());
        }
        Set<String> sources = rows.stream().map(Comparison::source).collect(Collectors.joining(" ")).lines()
                .collect(Collectors.toSet());
        String all = String.join(" ", sources);
        for (String study : List.of("Mourad", "Dunning", "Reggars", "Ross")) {
            assertTrue(all.contains(study), study);
        }
    }

    @Test
    void theVolleySoundHasSeveralPops() {
        Pcm volley = screen.sounds().get(0).synthesise().get();
        assertTrue(volley.durationSeconds() > 0.02 && volley.durationSeconds() < 1, "" + volley.durationSeconds());
        assertTrue(volley.peak() > 0);
    }
}
