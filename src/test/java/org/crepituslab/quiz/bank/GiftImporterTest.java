package org.crepituslab.quiz.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.crepituslab.quiz.model.AcceptedAnswer;
import org.crepituslab.quiz.model.Bank;
import org.crepituslab.quiz.model.DescriptionQuestion;
import org.crepituslab.quiz.model.EssayQuestion;
import org.crepituslab.quiz.model.ShortAnswerQuestion;
import org.crepituslab.quiz.model.Choice;
import org.crepituslab.quiz.model.MatchPair;
import org.crepituslab.quiz.model.MatchingQuestion;
import org.crepituslab.quiz.model.MultipleChoiceQuestion;
import org.crepituslab.quiz.model.NumericQuestion;
import org.crepituslab.quiz.model.Question;
import org.crepituslab.quiz.model.QuestionType;
import org.crepituslab.quiz.model.Response;
import org.crepituslab.quiz.model.Scoring;
import org.crepituslab.quiz.model.SingleChoiceQuestion;
import org.crepituslab.quiz.model.TrueFalseQuestion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GiftImporterTest {
    static final Path GIFT = BankLoaderTest.RESOURCES.resolve("gift");

    @TempDir
    Path dir;

    private static Bank ok(String text) {
        GiftResult r = GiftImporter.importText(text, "t.gift");
        assertTrue(r.ok(), "import failed: " + r.fatal() + " " + r.skipped());
        return r.bank();
    }

    private static Question only(String text) {
        Bank b = ok(text);
        assertEquals(1, b.questions().size(), b.questions().toString());
        return b.questions().get(0);
    }

    @Test
    void multipleChoiceWithOneRightAnswerIsASingleChoice() {
        SingleChoiceQuestion q = (SingleChoiceQuestion) only("Who's buried in Grant's tomb?{~Grant ~Jefferson =no one}");
        assertEquals("Who's buried in Grant's tomb?", q.prompt());
        assertEquals(List.of("Grant", "Jefferson", "no one"), q.choices().stream().map(Choice::text).toList());
        assertEquals("c", q.answer());
        assertEquals("The right answer is: no one.", q.explanation());
    }

    @Test
    void percentWeightsBecomeAMultipleChoiceWithPartialCredit() {
        MultipleChoiceQuestion q = (MultipleChoiceQuestion) only("Which two? {~%-100%No one ~%50%Grant "
                + "~%50%Grant's wife ~%-100%Grant's father}");
        assertEquals(Set.of("b", "c"), q.answers());
        assertEquals(0.5, Scoring.score(q, new Response.Picks(Set.of("b"))));
    }

    @Test
    void partialCreditBesideOneFullAnswerIsKept() {
        GiftResult r = GiftImporter.importText("Pick.{=right ~%50%half ~wrong}", "t.gift");
        SingleChoiceQuestion q = (SingleChoiceQuestion) r.bank().questions().get(0);
        assertEquals(List.of(), r.skipped(), "nothing is rescored");
        assertEquals(0.5, Scoring.score(q, new Response.Pick("b")));
        assertEquals(0, Scoring.score(q, new Response.Pick("c")));
    }

    @Test
    void unequalAndNegativeWeightsAreHonouredAsMoodleScoresThem() {
        GiftResult r = GiftImporter.importText("Which?{~%70%big ~%30%small ~%-50%wrong ~%-100%worse}", "t.gift");
        MultipleChoiceQuestion q = (MultipleChoiceQuestion) r.bank().questions().get(0);
        assertEquals(List.of(), r.skipped());
        assertEquals(0.7, Scoring.score(q, new Response.Picks(Set.of("a"))), 1e-12);
        assertEquals(0.5, Scoring.score(q, new Response.Picks(Set.of("a", "b", "c"))), 1e-12);
        assertEquals(0, Scoring.score(q, new Response.Picks(Set.of("b", "d"))), 1e-12);
        GiftResult odd = GiftImporter.importText("Which?{~%70%big ~%20%small ~%-100%wrong}", "t.gift");
        assertTrue(odd.skipped().get(0).message().contains("add up to 90 %"), odd.skipped().toString());
    }

    @Test
    void trueFalseInAllSpellingsWithBothFeedbacks() {
        for (String t : List.of("{T}", "{TRUE}", "{t}")) {
            assertTrue(((TrueFalseQuestion) only("Statement." + t)).answer(), t);
        }
        for (String f : List.of("{F}", "{FALSE}")) {
            assertFalse(((TrueFalseQuestion) only("Statement." + f)).answer(), f);
        }
        TrueFalseQuestion q = (TrueFalseQuestion) only("Pops again at once.{F#Wrong, wait.#Right, 20 minutes.}");
        // Moodle shows the first feedback after a wrong answer, the second after a right one: kept apart
        assertEquals("If you answered False: Right, 20 minutes.\nIf you answered True: Wrong, wait.", q.explanation());
    }

    @Test
    void numericalWithToleranceRangeAndSeveralAnswers() {
        NumericQuestion tol = (NumericQuestion) only("A number from 1 to 5?{#3:2}");
        assertEquals(3, tol.answer());
        assertEquals(2, tol.tolerance());
        NumericQuestion range = (NumericQuestion) only("Pi?{#3.141..3.142}");
        assertEquals(3.1415, range.answer(), 1e-12);
        assertEquals(0.0005, range.tolerance(), 1e-12);
        NumericQuestion exact = (NumericQuestion) only("Minutes?{#20}");
        assertEquals(0, exact.tolerance());
        GiftResult r = GiftImporter.importText("Born?{#\n=1822:0 #Correct!\n=%50%1822:2 #Close.\n}", "t.gift");
        NumericQuestion several = (NumericQuestion) r.bank().questions().get(0);
        assertEquals(1822, several.answer());
        assertEquals(0, several.tolerance());
        assertEquals("Correct!", several.explanation());
        assertEquals(3, r.skipped().get(0).line(), "the dropped answer's own line");
        NumericQuestion edge = (NumericQuestion) only("Tolerance 5 around 20.{#20:5}");
        assertEquals(1, Scoring.score(edge, new Response.Number(25)));
    }

    @Test
    void matchingPairs() {
        MatchingQuestion q = (MatchingQuestion) only("Capitals.{=Canada -> Ottawa =Italy -> Rome =Japan -> Tokyo}");
        assertEquals(List.of(new MatchPair("Canada", "Ottawa"), new MatchPair("Italy", "Rome"),
                new MatchPair("Japan", "Tokyo")), q.pairs());
    }

    @Test
    void categoriesBecomeTopicsAndTitlesBecomeIds() {
        Bank b = ok("$CATEGORY: $course$/top/Back/Cavitation\n\n::Refractory period::Pops at once?{F}\n\n"
                + "$CATEGORY: Posture\n\n::Tilt::Tilt matters.{T}\n\nNo title here.{T}");
        assertEquals(List.of("back-cavitation", "posture"), b.topics().stream().map(t -> t.id()).toList());
        assertEquals("Back/Cavitation", b.topics().get(0).title());
        assertEquals(List.of("refractory-period", "tilt", "question-3"), b.questions().stream().map(Question::id).toList());
        assertEquals(List.of("back-cavitation"), b.questions().get(0).topics());
        assertEquals(List.of("posture"), b.questions().get(2).topics());
    }

    @Test
    void questionsBeforeAnyCategoryGoToAGeneralTopic() {
        Bank b = ok("Statement.{T}");
        assertEquals("general", b.topics().get(0).id());
    }

    @Test
    void commentsAndEscapes() {
        Question q = only("// a comment line\n::t::Write \\{ \\} \\= \\~ \\# \\: and a\\nbreak.{=a \\= b ~c}\n// trailing");
        assertEquals("Write { } = ~ # : and a\nbreak.", q.prompt());
        assertEquals("a = b", ((SingleChoiceQuestion) q).choices().get(0).text());
    }

    @Test
    void feedbackPerAnswerAndGeneralFeedbackMakeTheExplanation() {
        Question q = only("Why?{=Gas#Yes, gas.~Bone#No.####The capsule pressure drops.}");
        assertEquals("The capsule pressure drops.\n\u201cGas\u201d: Yes, gas.\n\u201cBone\u201d: No.", q.explanation());
    }

    @Test
    void missingWordFormatKeepsTheSentence() {
        Question q = only("The tendon snaps in the {=swing ~stance} phase.");
        assertEquals("The tendon snaps in the _____ phase.", q.prompt());
    }

    @Test
    void htmlIsReducedToSafeTextEverywhere() {
        GiftResult r = GiftImporter.importText("[html]<p>Is <b>this</b> bold?</p><script>alert(1)</script>{T}", "t.gift");
        assertEquals("Is this bold?", r.bank().questions().get(0).prompt());
        assertEquals(List.of(), r.skipped(), "rendering markup as text loses nothing worth reporting");
        SingleChoiceQuestion q = (SingleChoiceQuestion) only("Pick.{=[html]<i>A</i> &amp; B ~[plain]<b>kept</b> ~[markdown]**C**}");
        assertEquals(List.of("A & B", "<b>kept</b>", "C"), q.choices().stream().map(Choice::text).toList());
    }

    @Test
    void imagesThatCannotTravelAreReportedWithTheirLine() {
        GiftResult r = GiftImporter.importText("\n[html]Look: <img src\\=\"@@PLUGINFILE@@/x.png\"> here.{T}", "t.gift");
        assertEquals("Look: here.", r.bank().questions().get(0).prompt());
        assertEquals(2, r.skipped().get(0).line());
        assertTrue(r.skipped().get(0).message().contains("image \"@@PLUGINFILE@@/x.png\" dropped"), r.skipped().toString());
    }

    @Test
    void numericShortAnswerStaysAShortAnswerAsInMoodle() {
        ShortAnswerQuestion q = (ShortAnswerQuestion) only("Days in a week?{=7 =seven}");
        assertEquals(List.of("7", "seven"), q.answers().stream().map(AcceptedAnswer::text).toList());
        assertEquals(1, Scoring.score(q, new Response.Text("Seven")));
    }

    @Test
    void shortAnswersKeepWeightsFeedbackAndWildcards() {
        ShortAnswerQuestion q = (ShortAnswerQuestion) only("::Shortanswer::Which is the best animal?{\n"
                + "=Frog#Good!\n=%50%Cat#What is it with Moodlers and cats?\n=%0%*#Completely wrong\n}");
        assertEquals(List.of(new AcceptedAnswer("Frog", 1, "Good!"),
                new AcceptedAnswer("Cat", 0.5, "What is it with Moodlers and cats?"),
                new AcceptedAnswer("*", 0, "Completely wrong")), q.answers());
        assertEquals(0.5, Scoring.score(q, new Response.Text("cat")));
        assertEquals("The right answer is: Frog.", q.explanation());
    }

    @Test
    void aChoiceHoldingAnArrowStaysAChoiceBecauseTildeWins() {
        SingleChoiceQuestion q = (SingleChoiceQuestion) only("Which arrow?{=A -> B ~C -> D}");
        assertEquals("A -> B", q.choices().get(0).text());
    }

    @Test
    void numbersAreParsedStrictlyAndShownAsWritten() {
        NumericQuestion range = (NumericQuestion) only("Pi?{#3.141..3.142}");
        assertEquals(3.1415, range.answer());
        assertEquals(0.0005, range.tolerance());
        assertEquals("The right answer is: 3.141 \u2013 3.142.", range.explanation());
        GiftResult bad = GiftImporter.importText("Hex?{#3D}\n\nOk.{T}", "t.gift");
        assertEquals(1, bad.bank().questions().size());
        assertTrue(bad.skipped().get(0).message().contains("\"3D\" is not"), bad.skipped().toString());
        NumericQuestion other = (NumericQuestion) only("::Q5:: What is a number from 1 to 5? {#3:2~#Completely wrong}");
        assertEquals("Any other answer: Completely wrong", other.explanation());
    }

    @Test
    void essaysAndDescriptionsAreImported() {
        Bank b = ok("::essay::Describe your back pain.{####A model answer.}\n\nThis is only a description.");
        EssayQuestion e = (EssayQuestion) b.questions().get(0);
        assertEquals("A model answer.", e.modelAnswer());
        DescriptionQuestion d = (DescriptionQuestion) b.questions().get(1);
        assertEquals("This is only a description.", d.prompt());
    }

    /** Malformed or unsupported GIFT: reported at its line with what is wrong. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            gift-unclosed-brace.gift        | 1 | is never closed with "}"
            gift-no-right-answer.gift       | 1 | no right answer
            gift-matching-without-arrow.gift | 1 | matching answer without "=left -> right"
            gift-numeric-not-a-number.gift  | 1 | numerical answer "twenty" is not "answer:tolerance"
            gift-range-reversed.gift        | 1 | numerical range "20..10" is not "low..high"
            gift-title-not-closed.gift      | 1 | title "::" is not closed
            gift-cloze.gift                 | 1 | several answer blocks in one question
            gift-text-before-answer.gift    | 1 | text before the first answer
            """)
    void unsupportedOrBrokenConstructsAreReportedWithTheirLine(String file, int line, String expected) {
        GiftResult r = GiftImporter.importFile(BankLoaderTest.BAD.resolve(file));
        assertFalse(r.ok(), "nothing importable in " + file);
        assertNotNull(r.fatal());
        assertTrue(r.fatal().message().contains("no question could be imported"), r.fatal().toString());
        assertTrue(r.skipped().stream().anyMatch(i -> i.line() == line && i.message().contains(expected)),
                file + ": " + r.skipped());
    }

    @ParameterizedTest
    @ValueSource(strings = {"gift-empty.gift", "gift-only-comments.gift"})
    void aFileWithNoQuestionsCannotBeImported(String file) {
        GiftResult r = GiftImporter.importFile(BankLoaderTest.BAD.resolve(file));
        assertFalse(r.ok());
        assertEquals("no GIFT questions found", r.fatal().message());
    }

    @Test
    void badUtf8IsAFatalProblemWithItsLine() {
        GiftResult r = GiftImporter.importFile(BankLoaderTest.BAD.resolve("gift-bad-utf8.gift"));
        assertFalse(r.ok());
        assertEquals(1, r.fatal().line());
        assertTrue(r.fatal().message().contains("not valid UTF-8"));
    }

    @Test
    void goodQuestionsSurviveBadNeighbours() {
        GiftResult r = GiftImporter.importText("Good one.{T}\n\nBroken {=a ~b\n\nEssay.{}\n\nAnother good.{F}"
                + "\n\nCloze {=a ~b} and {=c ~d}.", "t.gift");
        assertEquals(3, r.bank().questions().size());
        assertEquals(List.of(3, 9), r.skipped().stream().map(GiftIssue::line).toList());
    }

    @Test
    void tooManyChoicesAreReported() {
        GiftResult r = GiftImporter.importText("Nine.{=a ~b ~c ~d ~e ~f ~g ~h ~i}\n\nOk.{T}", "t.gift");
        assertEquals(1, r.bank().questions().size());
        assertTrue(r.skipped().get(0).message().contains("9 choices"));
    }

    // ---- round trips on realistic samples ----

    @ParameterizedTest
    @ValueSource(strings = {"crepitus-sample.gift", "moodle-docs-sample.gift"})
    void realisticSamplesRoundTripThroughJsonAndBackThroughGift(String file) throws IOException {
        GiftResult first = GiftImporter.importFile(GIFT.resolve(file));
        assertTrue(first.ok(), String.valueOf(first.fatal()));
        Bank bank = first.bank();

        // GIFT -> bank -> JSON -> bank: the file written is a valid bank, equal to what was imported
        String json = BankWriter.toJson(bank);
        LoadResult loaded = BankLoader.parseText(json, "round.json", ImageCheck.folder(dir));
        assertTrue(loaded.ok(), loaded.problems().toString());
        assertEquals(bank, loaded.source().bank());

        // bank -> GIFT -> bank: the same questions come back, nothing skipped the second time
        GiftWriter.Output gift = GiftWriter.write(bank);
        assertEquals(List.of(), gift.skipped());
        Path again = dir.resolve(file);
        Files.writeString(again, gift.gift());
        GiftResult second = GiftImporter.importFile(again);
        assertTrue(second.ok(), String.valueOf(second.fatal()));
        assertEquals(List.of(), second.skipped(), "a written file imports cleanly");
        assertEquals(bank, second.bank());
    }

    @Test
    void theCrepitusSampleImportsWhatTheEducatorWrote() {
        GiftResult r = GiftImporter.importFile(GIFT.resolve("crepitus-sample.gift"));
        Bank b = r.bank();
        assertEquals("crepitus-sample", b.id());
        assertEquals(8, b.questions().size());
        assertEquals(List.of(), r.skipped(), "equal shares written as 33.33333/33.33334 are not unequal");
        SingleChoiceQuestion cause = (SingleChoiceQuestion) b.question("cav-cause").orElseThrow();
        assertEquals(3, cause.choices().size());
        assertTrue(cause.explanation().startsWith("The pressure in the capsule drops"));
        assertTrue(cause.explanation().contains("Yes: the capsule pressure falls."), "escaped colon restored");
        NumericQuestion range = (NumericQuestion) b.question("range").orElseThrow();
        assertEquals(20, range.answer());
        assertEquals(5, range.tolerance());
        assertEquals(Set.of("a", "b", "c"), ((MultipleChoiceQuestion) b.question("gases").orElseThrow()).answers());
        assertEquals("In GIFT you write {braces}, =equals= and #hash ~tilde : colon with a backslash.",
                b.question("escapes").orElseThrow().prompt());
    }

    @Test
    void theMoodleSampleReportsEverySkippedConstructWithItsLine() {
        GiftResult r = GiftImporter.importFile(GIFT.resolve("moodle-docs-sample.gift"));
        assertEquals(12, r.bank().questions().size());
        assertEquals(List.of(29), r.skipped().stream().map(GiftIssue::line).toList());
    }

    @Test
    void theWriterListsWhatGiftCannotHold() {
        Bank b = BankLoader.load(BankLoaderTest.RESOURCES.resolve("full-bank.json")).source().bank();
        GiftWriter.Output out = GiftWriter.write(b);
        assertTrue(out.skipped().stream().anyMatch(s -> s.startsWith("t-ordering")), out.skipped().toString());
        assertTrue(out.skipped().stream().anyMatch(s -> s.startsWith("t-sound")));
        assertTrue(out.skipped().stream().anyMatch(s -> s.startsWith("t-task")));
        assertTrue(out.skipped().stream().anyMatch(s -> s.contains("unit \"min\"")));
    }
}
