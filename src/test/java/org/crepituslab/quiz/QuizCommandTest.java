package org.crepituslab.quiz;

import static org.crepituslab.testing.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crepituslab.quiz.bank.BankLoader;
import org.crepituslab.quiz.bank.LoadResult;
import org.crepituslab.quiz.model.QuestionType;
import org.crepituslab.testing.CliRun.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuizCommandTest {
    private static final Path RES = Path.of("src/test/resources/org/crepituslab/quiz");

    @TempDir
    Path dir;

    @Test
    void statsPrintsEveryTypeThenTheTotal() {
        Result r = run("quiz", "stats", "--bank=" + RES.resolve("full-bank-v2.json"));
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(QuestionType.values().length + 1, lines.size());
        for (int i = 0; i < QuestionType.values().length; i++) {
            assertEquals(QuestionType.values()[i].id() + " 1", lines.get(i));
        }
        assertEquals("total 12", lines.get(lines.size() - 1));
    }

    @Test
    void statsWithoutABankCountsTheBuiltInOne() {
        Result r = run("quiz", "stats");
        assertEquals(0, r.code(), r.err());
        int n = BankLoader.loadBuiltin().source().bank().questions().size();
        assertTrue(r.out().endsWith("total " + n + System.lineSeparator()), r.out());
        int sum = r.out().lines().filter(l -> !l.startsWith("total")).mapToInt(l -> Integer.parseInt(l.split(" ")[1])).sum();
        assertEquals(n, sum);
    }

    @Test
    void statsFairnessMeasuresLongestAndFirstKeysAndTheTrueFalseBalance() {
        // full-bank: 4 choice questions (single, multiple, sound, task follow-up); the right answer is
        // the longest in all 4 and stored first in 3 (the task's first choice, "Wait", is wrong); one
        // true/false statement, false
        Result r = run("quiz", "stats", "--fairness", "--bank=" + RES.resolve("full-bank.json"));
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("total 8", lines.get(QuestionType.values().length));
        assertEquals(List.of("longest_correct_share=1.000", "key_first_share=0.750", "truefalse_true=0 truefalse_false=1"),
                lines.subList(QuestionType.values().length + 1, lines.size()));
    }

    @Test
    void statsFairnessCountsATieForLongestAsNotGivingTheAnswerAway() throws Exception {
        Path f = dir.resolve("fair.json");
        Files.writeString(f, Files.readString(RES.resolve("full-bank.json"))
                .replace("\"Gas from the synovial fluid\"", "\"Gas\"")
                .replace("\"Bone\"", "\"Bone marrow\"")
                .replace("\"Helium\"", "\"Helium gas\"")
                .replace("\"A tendon\"", "\"Tendinitis\""));
        Result r = run("quiz", "stats", "--bank=" + f, "--fairness");
        assertEquals(0, r.code(), r.err());
        // single: "Bone marrow" is longest and wrong; multiple: "Helium gas" longest, wrong; sound:
        // "Cavitation" and "Tendinitis" tie; only the task's "Get urgent help" stays longest and right
        assertTrue(r.out().contains("longest_correct_share=0.250" + System.lineSeparator()), r.out());
        assertTrue(r.out().contains("key_first_share=0.750"), r.out());
    }

    @Test
    void validateAcceptsAGoodBankWithASummary() {
        Result r = run("quiz", "validate", RES.resolve("full-bank.json").toString());
        assertEquals(0, r.code());
        assertTrue(r.out().startsWith("valid: "), r.out());
        assertTrue(r.out().contains("8 questions in 3 topics"), r.out());
    }

    @Test
    void validateListsEveryProblemAndExitsOne() throws Exception {
        Path f = dir.resolve("two-problems.json");
        Files.writeString(f, Files.readString(RES.resolve("bad/unknown-topic.json")).replace("\"difficulty\": 1",
                "\"difficulty\": 9"));
        Result r = run("quiz", "validate", f.toString());
        assertEquals(1, r.code());
        assertTrue(r.out().contains(f + ":12:18: questions[0].topics[0]: unknown topic \"cavitation\""), r.out());
        assertTrue(r.out().contains(f + ":13:21: questions[0].difficulty: expected a whole number from 1 to 3"), r.out());
        assertTrue(r.out().contains("invalid: 2 problems"), r.out());
        assertFalse(r.out().contains("Exception") || r.err().contains("Exception"));
    }

    @Test
    void validateRefusesAParameterOutsideItsModelsRange() throws Exception {
        Path f = dir.resolve("nine-spurs.json");
        Files.writeString(f, """
                {"schemaVersion": 1, "id": "spurs", "title": "Spurs", "language": "en",
                 "questions": [{"id": "s1", "type": "single", "topics": [], "difficulty": 1,
                   "prompt": "How many?", "explanation": "Because.",
                   "showMe": {"screen": "grinding", "parameters": {"spurs": 9}},
                   "choices": [{"id": "a", "text": "One"}, {"id": "b", "text": "Two"}], "answer": "a"}]}
                """);
        Result r = run("quiz", "validate", f.toString());
        assertEquals(1, r.code(), r.out());
        assertTrue(r.out().contains("questions[0].showMe.parameters.spurs: expected a whole number from 0 to 8, got 9"),
                r.out());
    }

    @Test
    void validateAMissingFileExitsOneNamingIt() {
        Result r = run("quiz", "validate", dir.resolve("none.json").toString());
        assertEquals(1, r.code());
        assertTrue(r.out().contains("none.json: file not found"), r.out());
    }

    @Test
    void importGiftWritesAValidBankAndReportsSkippedLines() {
        Path out = dir.resolve("moodle.json");
        Result r = run("quiz", "import-gift", RES.resolve("gift/moodle-docs-sample.gift").toString(), "--out=" + out);
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("single 1", lines.get(0));
        assertEquals("multiple 1", lines.get(1));
        assertEquals("truefalse 2", lines.get(2));
        assertEquals("numeric 3", lines.get(3));
        assertEquals("matching 1", lines.get(5));
        assertEquals("shortanswer 2", lines.get(8));
        assertEquals("description 1", lines.get(10));
        assertEquals("essay 1", lines.get(11));
        assertEquals("total 12", lines.get(12));
        assertTrue(lines.contains("skipped line 29: extra numerical answer \"1822:2\" (50 %) dropped: banks keep one"
                + " answer and tolerance"), r.out());
        assertEquals(1, lines.stream().filter(l -> l.startsWith("skipped line ")).count());
        assertEquals("wrote " + out, lines.get(lines.size() - 1));
        LoadResult loaded = BankLoader.load(out);
        assertTrue(loaded.ok(), loaded.problems().toString());
        assertEquals(12, loaded.source().bank().questions().size());
    }

    @Test
    void importGiftExitsOneWhenNothingCanBeImported() {
        Path out = dir.resolve("x.json");
        Result r = run("quiz", "import-gift", RES.resolve("bad/gift-cloze.gift").toString(), "--out=" + out);
        assertEquals(1, r.code());
        assertTrue(r.out().contains("skipped line 1: several answer blocks"), r.out());
        assertTrue(r.err().contains("cannot import"), r.err());
        assertFalse(Files.exists(out));
        assertEquals(1, run("quiz", "import-gift", dir.resolve("missing.gift").toString(), "--out=" + out).code());
    }

    @Test
    void importGiftDefaultsTheOutputBesideTheInput() throws Exception {
        Path in = dir.resolve("my-questions.gift");
        Files.writeString(in, "Pops at once?{F}");
        Result r = run("quiz", "import-gift", in.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.exists(dir.resolve("my-questions.json")));
    }

    @Test
    void usageErrorsExitTwoAndNameTheProblem() {
        Result r = run("quiz");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("which subcommand"), r.err());
        assertEquals(2, run("quiz", "frobnicate").code());
        r = run("quiz", "stats", "--bnak=x.json");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--bnak"), r.err());
        assertEquals(2, run("quiz", "validate").code());
        assertEquals(2, run("quiz", "import-gift").code());
        r = run("quiz", "import-gift", "a.gift", "--out=" + dir.resolve("no/such/folder/x.json"));
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--out"), r.err());
        assertFalse(r.err().contains("Exception"));
    }

    @Test
    void helpDescribesEverySubcommand() {
        Result r = run("quiz", "--help");
        assertEquals(0, r.code());
        for (String s : List.of("quiz stats [--bank=<file>]", "quiz validate <file>", "quiz import-gift <in.gift>")) {
            assertTrue(r.out().contains(s), s);
        }
        assertTrue(run("--help").out().contains("quiz"));
    }
}
