package org.crepituslab.quiz.progress;

import static org.crepituslab.testing.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.crepituslab.framework.io.AtomicFiles;
import org.crepituslab.quiz.model.ProgressRepository;
import org.crepituslab.quiz.model.QuestionStats;
import org.crepituslab.quiz.model.QuizConstants;
import org.crepituslab.testing.CliRun.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Progress saved with SM-2 cards is read as FSRS cards (kept, not lost); results export as safe CSV. */
class ProgressMigrationTest {
    static final String SM2 = """
            {"version": 1, "banks": {"builtin": {"questions": {
              "=cmd|' /C calc'!A0": {"attempts": 4, "correct": 3, "lastScore": 1.0, "lastAnsweredAt": 864000000,
                "card": {"repetitions": 3, "intervalDays": 15, "easiness": 2.5, "dueAt": 2160000000}}}}}}
            """;

    @TempDir
    Path dir;

    @Test
    void sm2CardsBecomeFsrsCardsWithTheirHistory() throws Exception {
        ProgressStore store = new ProgressStore(dir, "ana", AtomicFiles::write);
        Files.writeString(store.file(), SM2);
        ProgressRepository.Loaded loaded = store.load();
        assertNull(loaded.problem());
        QuestionStats s = loaded.progress().bank("builtin").stats("=cmd|' /C calc'!A0");
        assertEquals(4, s.attempts());
        assertEquals(3, s.correct());
        assertEquals(15, s.card().stability(), 1e-9);
        assertEquals(25 * QuizConstants.MILLIS_PER_DAY, s.card().dueAt());
        store.save(loaded.progress());
        assertTrue(Files.readString(store.file()).contains("\"scheduler\" : \"fsrs-6\""));
        assertEquals(s, store.load().progress().bank("builtin").stats("=cmd|' /C calc'!A0"), "saved and read back");
    }

    @Test
    void exportResultsWritesEveryQuestionWithFormulasDefused() throws Exception {
        String old = System.getProperty("crepituslab.XDG_DATA_HOME");
        System.setProperty("crepituslab.XDG_DATA_HOME", dir.toString());
        try {
            ProgressStore store = ProgressStore.forProfile("ana");
            Files.createDirectories(store.file().getParent());
            Files.writeString(store.file(), SM2);
            Path csv = dir.resolve("ana.csv");
            Result r = run("quiz", "export-results", "--profile=ana", "--out=" + csv);
            assertEquals(0, r.code(), r.err());
            String text = Files.readString(csv);
            assertTrue(text.startsWith("bank,question id,attempts,correct,last score,last answered,next review\n"), text);
            assertTrue(text.contains("builtin,'=cmd|' /C calc'!A0,4,3,1,1970-01-11T00:00:00Z,1970-01-26T00:00:00Z"), text);
            assertEquals(1, run("quiz", "export-results", "--profile=nobody", "--out=" + csv).code());
            assertEquals(2, run("quiz", "export-results", "--profile=../x", "--out=" + csv).code());
        } finally {
            if (old == null) {
                System.clearProperty("crepituslab.XDG_DATA_HOME");
            } else {
                System.setProperty("crepituslab.XDG_DATA_HOME", old);
            }
        }
    }
}
