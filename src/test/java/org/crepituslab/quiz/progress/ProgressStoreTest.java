package org.crepituslab.quiz.progress;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.crepituslab.framework.io.AtomicFiles;
import org.crepituslab.quiz.model.AnswerRecord;
import org.crepituslab.quiz.model.BankProgress;
import org.crepituslab.quiz.model.FeedbackMode;
import org.crepituslab.quiz.model.Progress;
import org.crepituslab.quiz.model.ProgressRepository;
import org.crepituslab.quiz.model.QuizMode;
import org.crepituslab.quiz.model.QuizSetup;
import org.crepituslab.quiz.model.Response;
import org.crepituslab.quiz.model.SessionSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressStoreTest {
    @TempDir
    Path dir;

    private static AnswerRecord answer(String id, Response r, double score) {
        return new AnswerRecord(id, List.of("cavitation", "facet-joints"), r, "text of " + id, score, 1_700_000_000_000L,
                4200, 1);
    }

    /** Progress with every kind of response and an unfinished quiz, so the codec is fully exercised. */
    static Progress sample(int answers) {
        List<AnswerRecord> list = new java.util.ArrayList<>(List.of(
                answer("a", new Response.Pick("x"), 1), answer("b", new Response.Picks(Set.of("p", "q")), 0.5),
                answer("c", new Response.Verdict(true), 0), answer("d", new Response.Number(20.5), 1),
                answer("e", new Response.Order(List.of("s", "t", "u")), 0.5),
                answer("f", new Response.Matches(Arrays.asList("r1", null)), 0.5),
                answer("g", new Response.Task(true, "y"), 1), answer("h", new Response.Task(false, null), 0)));
        list = list.subList(0, Math.min(answers, list.size()));
        BankProgress bp = BankProgress.EMPTY;
        for (AnswerRecord a : list) {
            bp = bp.withAnswer(a);
        }
        SessionSnapshot snap = new SessionSnapshot("bank-1", new QuizSetup(List.of("cavitation"), 10, QuizMode.PRACTICE,
                FeedbackMode.END, 42), List.of("a", "b", "z"), List.of("z", "a"), list, Map.of("a", 1));
        return Progress.EMPTY.with("bank-1", bp.withUnfinished(snap)).with("bank-2", BankProgress.EMPTY);
    }

    private ProgressStore store(String profile) {
        return new ProgressStore(dir, profile, AtomicFiles::write);
    }

    @Test
    void savedProgressLoadsBackEqual() throws IOException {
        Progress p = sample(8);
        store("ana").save(p);
        ProgressRepository.Loaded loaded = store("ana").load();
        assertNull(loaded.problem());
        assertEquals(p, loaded.progress());
    }

    @Test
    void noFileMeansEmptyProgressAndNoProblem() {
        ProgressRepository.Loaded l = store("new").load();
        assertEquals(Progress.EMPTY, l.progress());
        assertNull(l.problem());
    }

    @Test
    void aCrashMidWriteLeavesTheLastSavedVersionIntact() throws IOException {
        store("ana").save(sample(3));
        byte[] before = Files.readAllBytes(dir.resolve("progress-ana.json"));
        // the "power cut": half the new content reaches a temp file, then the process dies
        ProgressStore crashing = new ProgressStore(dir, "ana", (target, content) -> {
            Path tmp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
            Files.write(tmp, Arrays.copyOf(content, content.length / 2));
            throw new IOException("simulated crash");
        });
        assertThrows(IOException.class, () -> crashing.save(sample(8)));
        assertArrayEquals(before, Files.readAllBytes(dir.resolve("progress-ana.json")), "target untouched");
        ProgressRepository.Loaded l = store("ana").load();
        assertNull(l.problem(), "nothing corrupt to report");
        assertEquals(sample(3), l.progress(), "no answer before the crash is lost");
    }

    @Test
    void aTornFileIsMovedAsideReportedAndTheLastGoodCopyRestored() throws IOException {
        ProgressStore s = store("ana");
        s.save(sample(2));
        s.save(sample(4)); // the .bak now holds sample(2)
        Path file = s.file();
        byte[] full = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(full, full.length / 3)); // a non-atomic writer died half way
        ProgressRepository.Loaded l = store("ana").load();
        assertNotNull(l.problem());
        assertTrue(l.problem().contains(file.toString()), l.problem());
        assertTrue(l.problem().contains("moved aside as progress-ana.json.corrupt-"), l.problem());
        assertTrue(l.problem().contains("last good copy was restored"), l.problem());
        assertEquals(sample(2), l.progress());
        try (Stream<Path> files = Files.list(dir)) {
            Path aside = files.filter(p -> p.getFileName().toString().startsWith("progress-ana.json.corrupt-"))
                    .findFirst().orElseThrow();
            assertArrayEquals(Arrays.copyOf(full, full.length / 3), Files.readAllBytes(aside), "kept, never overwritten");
        }
    }

    @Test
    void garbageWithoutABackupStartsAfreshAndTouchesNothingElse() throws IOException {
        store("other").save(sample(5));
        byte[] other = Files.readAllBytes(dir.resolve("progress-other.json"));
        Files.writeString(dir.resolve("progress-ana.json"), "{\"version\": 1, \"banks\": {\"x\": {\"questions\": 7}}}");
        ProgressRepository.Loaded l = store("ana").load();
        assertEquals(Progress.EMPTY, l.progress());
        assertTrue(l.problem().contains("starts afresh"), l.problem());
        assertTrue(l.problem().contains("questions"), "names what was wrong: " + l.problem());
        assertArrayEquals(other, Files.readAllBytes(dir.resolve("progress-other.json")), "other profiles untouched");
        store("ana").save(sample(1));
        assertEquals(sample(1), store("ana").load().progress(), "the quiz goes on saving");
    }

    @Test
    void profileNamesAreSafeFileNames() {
        assertThrows(IllegalArgumentException.class, () -> store("../evil"));
        assertThrows(IllegalArgumentException.class, () -> store(""));
        assertEquals(dir.resolve("progress-Class_7-b.json"), store("Class_7-b").file());
    }

    @Test
    void profilesAreListedWithTheDefaultFirstAndTheLastOneRemembered() throws IOException {
        store("zoe").save(Progress.EMPTY);
        store("ana").save(Progress.EMPTY);
        Files.writeString(dir.resolve("progress-bad name.json"), "{}");
        assertEquals(List.of("default", "ana", "zoe"), ProgressStore.profiles(dir));
        assertEquals("default", Profiles.current(dir));
        Profiles.setCurrent(dir, "zoe");
        assertEquals("zoe", Profiles.current(dir));
    }

    @Test
    void resultsCsvHasTheContractHeaderAndOneRowPerAnswer() throws IOException {
        List<AnswerRecord> answers = List.of(
                new AnswerRecord("cav-1", List.of("cavitation"), new Response.Pick("a"), "Gas, from the fluid", 1,
                        0, 4200, 1),
                new AnswerRecord("gas-2", List.of("cavitation", "facet-joints"), new Response.Picks(Set.of("n")),
                        "Nitrogen", 0.5, 0, 12_345, 1),
                new AnswerRecord("cav-1", List.of("cavitation"), new Response.Pick("b"), "Bone", 0, 0, 800, 2));
        String csv = ResultsCsv.toCsv(answers);
        List<String> lines = csv.lines().toList();
        assertEquals("question id,topic,answer,correct,time", lines.get(0));
        assertEquals("cav-1,cavitation,\"Gas, from the fluid\",true,4.2", lines.get(1));
        assertEquals("gas-2,cavitation;facet-joints,Nitrogen,false,12.3", lines.get(2), "partial credit is not correct");
        assertEquals("cav-1,cavitation,Bone,false,0.8", lines.get(3));
        assertEquals(4, lines.size());
        Path f = dir.resolve("out.csv");
        ResultsCsv.write(f, answers);
        assertEquals(csv, Files.readString(f));
    }
}
