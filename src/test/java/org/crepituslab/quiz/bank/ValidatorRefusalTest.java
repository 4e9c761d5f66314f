package org.crepituslab.quiz.bank;

import static org.crepituslab.testing.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.crepituslab.testing.CliRun.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What cannot work is refused, with words a teacher understands. */
class ValidatorRefusalTest {
    static final Path FULL = BankLoaderTest.RESOURCES.resolve("full-bank.json");

    @TempDir
    Path dir;

    private static String full() throws IOException {
        return Files.readString(FULL);
    }

    private LoadResult loadText(String json) throws IOException {
        Path f = dir.resolve("b.json");
        Files.writeString(f, json);
        return BankLoader.load(f);
    }

    private void refused(String json, String expected) throws IOException {
        LoadResult r = loadText(json);
        assertFalse(r.ok(), "must be refused: " + expected);
        assertTrue(r.problems().stream().anyMatch(p -> p.toString().contains(expected)), r.problems().toString());
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', textBlock = """
            "text": "Bone"                                     | "text": "GAS FROM THE SYNOVIAL FLUID"                        | duplicate text "GAS FROM THE SYNOVIAL FLUID" among the choices
            "answer": ["n", "o"]                               | "answer": ["n", "o", "h"]                                    | every choice is right
            "op": ">=", "value": 1                             | "op": ">=", "value": 2                                       | no state of the learn screen can meet "emergencyTicked >= 2"
            "op": ">=", "value": 1                             | "op": "==", "value": 0.5                                     | the readout is always one of 0, 1
            "text": "Helium"                                   | "text": "Helium\\u001b[31m"                                 | contains the control character U+001B
            "tolerance": 5                                     | "tolerance": 1e999                                           | not a finite number
            "tolerance": 5                                     | "tolerance": NaN                                             | not a finite number
            """)
    void refusesWhatCannotWork(String from, String to, String expected) throws IOException {
        String json = full();
        assertTrue(json.contains(from), from);
        refused(json.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)), expected);
    }

    @Test
    void lengthLimitsAreClear() throws IOException {
        String json = full();
        refused(json.replace("\"Single: which forms a bubble?\"", "\"" + "x".repeat(5001) + "\""),
                "is 5001 characters long; at most 5000 are allowed");
        refused(json.replace("\"text\": \"Bone\"", "\"text\": \"" + "y".repeat(1001) + "\""),
                "is 1001 characters long; at most 1000 are allowed");
    }

    @Test
    void utf16IsNamedAndAskedToBeSavedAsUtf8() throws IOException {
        Path f = dir.resolve("utf16.json");
        Files.write(f, full().getBytes(StandardCharsets.UTF_16));
        LoadResult r = BankLoader.load(f);
        assertTrue(r.problems().get(0).message().contains("save it as UTF-8"), r.problems().toString());
        Files.write(f, full().getBytes(StandardCharsets.UTF_16LE));
        assertTrue(BankLoader.load(f).problems().get(0).message().contains("UTF-16"));
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aFifoOrDeviceOrFolderIsRefusedAtOnceWithoutWaiting() throws Exception {
        Path fifo = dir.resolve("pipe.json");
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertEquals(0, p.waitFor());
        assertTrue(BankLoader.load(fifo).problems().get(0).message().contains("not a regular file"));
        assertTrue(BankLoader.load(Path.of("/dev/zero")).problems().get(0).message().contains("not a regular file"));
        assertTrue(BankLoader.load(dir).problems().get(0).message().contains("is a folder"));
        assertTrue(GiftImporter.importFile(fifo).fatal().message().contains("not a regular file"));
    }

    @Test
    void terminalEscapesInABankAreNeverEchoed() throws IOException {
        Path f = dir.resolve("esc.json");
        Files.writeString(f, full().replace("\"topics\": [\"gases\"]", "\"topics\": [\"\\u001b]0;owned\\u0007\"]"));
        Result r = run("quiz", "validate", f.toString());
        assertEquals(1, r.code());
        assertFalse(r.out().contains("\u001b"), "raw escape echoed");
        assertTrue(r.out().contains("\\u001b"), r.out());
    }

    @Test
    void theBuiltinBankStaysValid() {
        assertTrue(BankLoader.loadBuiltin().ok(), BankLoader.loadBuiltin().problems().toString());
    }
}
