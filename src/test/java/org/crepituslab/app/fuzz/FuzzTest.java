package org.crepituslab.app.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.crepituslab.testing.FxTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The short fuzz run of every build: fixed seeds so CI is reproducible (the fuzz command takes
 * any seed for longer runs). About 60 s in all.
 */
class FuzzTest {
    static final double SECONDS_PER_SEED = 15;

    @BeforeAll
    static void toolkit() throws Exception {
        FxTest.startToolkit();
    }

    @ParameterizedTest
    @ValueSource(longs = {20261122L, 7L, 424242L, 20261123L})
    void randomInputBreaksNothing(long seed) throws Exception {
        Fuzzer.Report r = new Fuzzer(seed, 3).run(SECONDS_PER_SEED);
        assertTrue(r.passed(), r.failure());
        assertTrue(r.actions() > 100, "the fuzzer really acted: " + r.actions() + " actions");
    }
}
