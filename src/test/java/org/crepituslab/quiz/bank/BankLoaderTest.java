package org.crepituslab.quiz.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crepituslab.quiz.model.Bank;
import org.crepituslab.quiz.model.QuestionType;
import org.crepituslab.quiz.model.QuizConstants;
import org.crepituslab.quiz.model.SimulationQuestion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BankLoaderTest {
    static final Path RESOURCES = Path.of("src/test/resources/org/crepituslab/quiz");
    static final Path BAD = RESOURCES.resolve("bad");

    @TempDir
    Path dir;

    @Test
    void theTestBankLoadsWithEveryType() {
        LoadResult r = BankLoader.load(RESOURCES.resolve("full-bank-v2.json"));
        assertTrue(r.ok(), r.problems().toString());
        Bank b = r.source().bank();
        assertEquals("test-full-v2", b.id());
        for (QuestionType t : QuestionType.values()) {
            assertEquals(1, b.countByType().get(t), t.id());
        }
        SimulationQuestion task = (SimulationQuestion) b.question("t-task").orElseThrow();
        assertEquals("learn", task.screen());
        assertEquals("urgent", task.followUpAnswer());
        assertEquals(0.75, b.behaviour().passMark());
        assertEquals("Test bank passed.", b.uiText("passed").orElseThrow());
        assertTrue(r.source().baseUrl().startsWith("file:"));
    }

    @Test
    void theBuiltInBankIsValid() {
        LoadResult r = BankLoader.loadBuiltin();
        assertTrue(r.ok(), "the shipped bank must load: " + r.problems());
        assertFalse(r.source().bank().questions().isEmpty());
        assertTrue(r.source().isBuiltin());
    }

    /**
     * One defect per file; each must be reported at its line, naming the field (as a JSON path)
     * and what was expected.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            wrong-type-difficulty.json          | 13 | questions[0].difficulty        | expected a whole number from 1 to 3, got a string
            missing-prompt.json                 | 9  | questions[0].prompt            | missing required field "prompt"
            unknown-type.json                   | 11 | questions[0].type              | unknown type "poll"; expected one of single
            duplicate-ids.json                  | 20 | questions[1].id                | duplicate question id "q1"
            empty-answer.json                   | 16 | questions[0].answer            | must not be empty
            answer-not-a-choice.json            | 16 | questions[0].answer            | expected one of the choice ids "a", "b", got "z"
            multiple-empty-answer.json          | 16 | questions[0].answer            | list of 1 or more ids of the right choices, got 0
            truefalse-quoted-answer.json        | 15 | questions[0].answer            | expected true or false (without quotes)
            numeric-negative-tolerance.json     | 16 | questions[0].tolerance         | expected a number ≥ 0, got a number (-1)
            numeric-missing-tolerance.json      | 9  | questions[0].tolerance         | missing required field "tolerance"
            ordering-two-items.json             | 15 | questions[0].items             | 3 or more items
            matching-one-pair.json              | 15 | questions[0].pairs             | 2 or more pairs
            too-many-choices.json               | 15 | questions[0].choices           | 2 to 8 choices
            unknown-topic.json                  | 12 | questions[0].topics[0]         | unknown topic "cavitation"; the bank's topics are: t
            misspelt-field.json                 | 17 | questions[0].explaination      | unknown field "explaination"
            schema-version-3.json               | 2  | schemaVersion                  | expected 1 or 2 (the schema versions this app reads), got 3
            bad-feedback-mode.json              | 6  | behaviour.feedback             | expected "immediate" or "end", got "later"
            pass-mark-percent.json              | 6  | behaviour.passMark             | expected a fraction from 0 to 1 (0.7 = 70 %), got 70
            image-parent-folder.json            | 18 | questions[0].image             | must stay inside the bank's folder (no "../")
            image-absolute.json                 | 18 | questions[0].image             | not an absolute path or URL
            image-missing.json                  | 18 | questions[0].image             | image file not found
            sound-unknown.json                  | 18 | questions[0].sound             | expected one of the sounds the screens make
            simulation-bad-readout.json         | 17 | questions[0].goal.all[0].readout | "popz" is not a readout of the facet screen
            simulation-bad-op.json              | 17 | questions[0].goal.all[0].op    | expected one of >=, <=, >, <, ==, got "=>"
            simulation-choices-without-answer.json | 9 | questions[0].answer          | needs both "choices" and "answer"
            show-me-unknown-screen.json         | 18 | questions[0].showMe.screen     | unknown screen "spine"
            show-me-bad-parameter.json          | 18 | questions[0].showMe.parameters.timeAcceleration | expected one of 1, 60, 600, got 5
            duplicate-key.json                  | 18 | questions[0].prompt            | duplicate key "prompt" (first given at line 14)
            duplicate-choice-ids.json           | 15 | questions[0].choices[1].id     | duplicate id "a"
            bad-question-id.json                | 10 | questions[0].id                | [a-z0-9-]+), got "Q 1"
            ui-text-unknown-key.json            | 7  | uiText.welcome                 | unknown field "welcome" in uiText
            no-topics.json                      | 7  | topics                         | 1 or more topics
            syntax-error.json                   | 14 | ''                             | JSON syntax error
            trailing-content.json               | 21 | ''                             | unexpected content after the end
            not-an-object.json                  | 1  | ''                             | expected a question bank (a JSON object
            empty.json                          | 1  | ''                             | the file is empty
            bad-utf8.json                       | 14 | ''                             | not valid UTF-8 (byte 0xE9
            """)
    void eachMalformedBankIsRejectedWithLocationFieldAndExpectation(String file, int line, String path,
                                                                   String expected) {
        LoadResult r = BankLoader.load(BAD.resolve(file));
        assertFalse(r.ok(), file + " must be rejected");
        assertTrue(r.problems().stream().anyMatch(p -> p.line() == line && p.path().equals(path)
                        && p.message().contains(expected) && p.file().endsWith(file)),
                file + ": expected line " + line + ", " + path + ", \"" + expected + "\"; got\n" + r.problems());
        for (BankProblem p : r.problems()) {
            String text = p.toString();
            assertTrue(text.startsWith(BAD.resolve(file) + ":" + p.line() + ":"), text);
            assertFalse(text.contains("Exception"), "no exception names for users: " + text);
        }
    }

    @Test
    void everyProblemIsListedNotOnlyTheFirst() throws IOException {
        String text = Files.readString(BAD.resolve("wrong-type-difficulty.json"))
                .replace("\"prompt\": \"P?\"", "\"prompt\": 7")
                .replace("\"answer\": \"a\"", "\"answer\": \"q\"")
                .replace("\"id\": \"t\", \"title\": \"T\"", "\"id\": \"t\", \"title\": \"\"");
        Path f = dir.resolve("many.json");
        Files.writeString(f, text);
        LoadResult r = BankLoader.load(f);
        List<String> paths = r.problems().stream().map(BankProblem::path).toList();
        assertTrue(paths.containsAll(List.of("questions[0].difficulty", "questions[0].prompt", "questions[0].answer",
                "topics[0].title")), paths.toString());
    }

    @Test
    void aFileOverTenMegabytesIsRefusedBeforeItIsRead() throws IOException {
        Path huge = dir.resolve("huge.json");
        byte[] chunk = new byte[1024 * 1024];
        java.util.Arrays.fill(chunk, (byte) ' ');
        try (var out = Files.newOutputStream(huge)) {
            for (int i = 0; i < 10; i++) {
                out.write(chunk);
            }
            out.write('{');
        }
        assertTrue(Files.size(huge) > QuizConstants.MAX_FILE_BYTES);
        LoadResult r = BankLoader.load(huge);
        assertFalse(r.ok());
        assertEquals(1, r.problems().size());
        assertTrue(r.problems().get(0).message().contains("files over 10 MB are refused"), r.problems().toString());
    }

    @Test
    void aLinkThatLeadsOutOfTheBankFolderIsRefused() throws IOException {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.write(outside.resolve("secret.png"), new byte[] {1});
        Path bankDir = Files.createDirectories(dir.resolve("bank"));
        try {
            Files.createSymbolicLink(bankDir.resolve("pic.png"), outside.resolve("secret.png"));
        } catch (UnsupportedOperationException | IOException e) {
            return; // no symbolic links on this file system
        }
        String text = Files.readString(BAD.resolve("image-missing.json")).replace("pictures/none.png", "pic.png");
        Path f = bankDir.resolve("bank.json");
        Files.writeString(f, text);
        LoadResult r = BankLoader.load(f);
        assertFalse(r.ok());
        assertTrue(r.problems().get(0).message().contains("leads outside the bank's folder"), r.problems().toString());
    }

    @Test
    void anImageInsideTheFolderIsAcceptedAndResolved() throws IOException {
        Path bankDir = Files.createDirectories(dir.resolve("b"));
        Files.createDirectories(bankDir.resolve("pictures"));
        Files.write(bankDir.resolve("pictures/none.png"), new byte[] {1});
        Path f = bankDir.resolve("bank.json");
        Files.copy(BAD.resolve("image-missing.json"), f);
        LoadResult r = BankLoader.load(f);
        assertTrue(r.ok(), r.problems().toString());
        assertEquals("pictures/none.png", r.source().bank().questions().get(0).info().image());
    }

    @Test
    void aByteOrderMarkIsAccepted() throws IOException {
        byte[] body = Files.readAllBytes(RESOURCES.resolve("full-bank.json"));
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Path f = dir.resolve("bom.json");
        Files.write(f, withBom);
        assertTrue(BankLoader.load(f).ok());
    }

    @Test
    void missingFilesAndFoldersAreNamed() {
        LoadResult r = BankLoader.load(dir.resolve("nope.json"));
        assertEquals("file not found", r.problems().get(0).message());
        assertTrue(BankLoader.load(dir).problems().get(0).message().contains("folder"));
    }

    @Test
    void progressIsReportedUpToOne() {
        List<Double> seen = new java.util.ArrayList<>();
        BankLoader.load(RESOURCES.resolve("full-bank.json"), seen::add);
        assertFalse(seen.isEmpty());
        assertEquals(1.0, seen.get(seen.size() - 1));
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i) >= seen.get(i - 1), "progress never goes back: " + seen);
        }
    }

    @Test
    void writtenJsonLoadsBackToTheSameBank() {
        Bank b = BankLoader.load(RESOURCES.resolve("full-bank.json")).source().bank();
        String json = BankWriter.toJson(b);
        LoadResult again = BankLoader.parseText(json, "again.json", ImageCheck.folder(dir));
        assertTrue(again.ok(), again.problems().toString());
        assertEquals(b, again.source().bank());
        assertTrue(json.contains("\"schemaVersion\": 1"), "plain JSON layout, no space before the colon");
        assertNotNull(json);
        String text = new String(json.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        assertEquals(json, text);
    }
}
