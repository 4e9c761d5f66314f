package org.crepituslab.testscreen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crepituslab.app.Screens;
import org.crepituslab.app.cli.Cli;
import org.crepituslab.framework.Screen;
import org.crepituslab.framework.Strings;
import org.crepituslab.framework.contract.Declaration;
import org.crepituslab.framework.contract.Declarations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Registers the test-only metronome screen beside the real ones and checks that the command line,
 * the quiz validator and the strings pick it up from its declaration alone.
 */
class MetronomeRegistrationTest {
    private static final Path BANK = Path.of("src/test/resources/org/crepituslab/testscreen/banks/metronome-too-fast.json");
    private List<Declaration> before;

    @BeforeEach
    void register() {
        Screens.ensureInstalled();
        before = Declarations.all();
        List<Screen<?>> screens = new ArrayList<>(Screens.all());
        screens.add(new MetronomeScreen());
        Screens.install(screens);
    }

    @AfterEach
    void restore() {
        Declarations.install(before);
    }

    @Test
    void itsSimulationRunsFromTheCommandLine() {
        Run r = cli("simulate", "metronome", "--seconds=3.5");
        assertEquals(0, r.code, r.err);
        assertEquals("ticks=3", r.out.trim());
        assertTrue(cli("simulate", "--help").out.contains("metronome"));
    }

    @Test
    void theQuizValidatorChecksItsParametersAndReadouts() {
        Run r = cli("quiz", "validate", BANK.toString());
        assertEquals(1, r.code, r.out + r.err);
        String all = r.out + r.err;
        assertTrue(all.contains("questions[0].parameters.rate_hz") && all.contains("from 0.5 to 4"), all);
        assertTrue(all.contains("questions[0].goal.all[1].op") && all.contains("varies continuously"), all);
    }

    @Test
    void itsStringsAreFound() {
        assertEquals("Metronome", Strings.get("screen.metronome.title"));
        assertEquals("Tick, tock.", Strings.get("metronome.hello"));
    }

    @Test
    void itsSoundIsOfferedToTheQuiz() {
        assertTrue(Declarations.sound("tick").isPresent());
    }

    private static Run cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private record Run(int code, String out, String err) {
    }
}
