package org.crepituslab.app;

import static org.crepituslab.testing.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.crepituslab.testing.CliRun.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The validate command: every comparison of every model passes, and the table is written. */
class ValidateCommandTest {
    @TempDir
    Path dir;

    @Test
    void everyComparisonPassesAndTheTableIsWritten() throws Exception {
        Path md = dir.resolve("VALIDATION.md");
        Result r = run("validate", "--out=" + md);
        assertEquals(0, r.code(), r.out() + r.err());
        String table = Files.readString(md);
        assertTrue(table.contains("| model | quantity | expected | source | measured | verdict |"), table);
        assertTrue(table.contains("Rayleigh collapse time") && table.contains("Minnaert frequency"), table);
        assertTrue(!table.contains("FAIL"), table);
    }

    @Test
    void anUnknownFlagIsAUsageError() {
        assertEquals(2, run("validate", "--bogus").code());
    }
}
