package org.crepituslab.quiz.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.Set;
import org.crepituslab.quiz.model.AcceptedAnswer;
import org.crepituslab.quiz.model.Bank;
import org.crepituslab.quiz.model.Choice;
import org.crepituslab.quiz.model.EssayQuestion;
import org.crepituslab.quiz.model.MatchPair;
import org.crepituslab.quiz.model.MatchingQuestion;
import org.crepituslab.quiz.model.MultipleChoiceQuestion;
import org.crepituslab.quiz.model.NumericQuestion;
import org.crepituslab.quiz.model.ShortAnswerQuestion;
import org.crepituslab.quiz.model.SingleChoiceQuestion;
import org.crepituslab.quiz.model.TrueFalseQuestion;
import org.junit.jupiter.api.Test;

/** Every real public GIFT sample of the corpus (see its README for sources and licences). */
class GiftCorpusTest {
    static final Path CORPUS = GiftImporterTest.GIFT.resolve("corpus");

    static List<Path> files() throws IOException {
        try (Stream<Path> s = Files.walk(CORPUS)) {
            return s.filter(p -> p.toString().endsWith(".gift")).sorted().toList();
        }
    }

    @Test
    void importsAtLeast97PercentOfTheQuestionsAndEveryWrittenBankIsValid() throws IOException {
        int imported = 0;
        int skipped = 0;
        StringBuilder report = new StringBuilder();
        for (Path f : files()) {
            GiftResult r = GiftImporter.importFile(f);
            int n = r.ok() ? r.bank().questions().size() : 0;
            long s = r.skipped().stream().filter(i -> i.skippedQuestion()).count();
            imported += n;
            skipped += s;
            report.append(CORPUS.relativize(f)).append(": ").append(n).append(" imported, ").append(s)
                    .append(" skipped ").append(r.skipped()).append(r.ok() ? "" : " fatal " + r.fatal()).append('\n');
            if (r.ok()) {
                LoadResult check = BankLoader.parseText(BankWriter.toJson(r.bank()), "x.json", ImageCheck.folder(f.getParent()));
                assertTrue(check.ok(), f + ": " + check.problems());
            }
        }
        double rate = imported / (double) (imported + skipped);
        System.out.printf("GIFT corpus: %d files, %d of %d questions imported (%.1f %%)%n%s", files().size(), imported,
                imported + skipped, rate * 100, report);
        assertTrue(rate >= 0.97, report.toString());
    }

    /** Moodle's own GIFT test fixture: nine questions of all the common types, short answer included. */
    @Test
    void moodlesNineQuestionFixtureImportsNineOfNineWithItsKeysAndFeedback() {
        GiftResult r = GiftImporter.importFile(CORPUS.resolve("moodle/questions.gift"));
        Bank b = r.bank();
        assertEquals(9, b.questions().size(), r.skipped().toString());
        assertEquals(List.of("essay", "matching", "single", "multiple", "numeric", "shortanswer", "truefalse",
                "truefalse", "truefalse"), b.questions().stream().map(q -> q.type().id()).toList());
        MatchingQuestion match = (MatchingQuestion) b.question("moodle-activities").orElseThrow();
        assertEquals("Match the activity to the description.", match.prompt());
        assertEquals(new MatchPair("A collection of web pages that anyone can add to or edit.", "Wiki"), match.pairs().get(3));
        SingleChoiceQuestion q2 = (SingleChoiceQuestion) b.question("q2").orElseThrow();
        assertEquals(List.of("yellow", "red", "blue"), q2.choices().stream().map(Choice::text).toList());
        assertEquals("a", q2.answer());
        assertTrue(q2.explanation().contains("\u201cred\u201d: wrong, it's yellow"), q2.explanation().replace('\n', '|'));
        MultipleChoiceQuestion colours = (MultipleChoiceQuestion) b.question("colours").orElseThrow();
        assertEquals(Set.of("a", "c"), colours.answers());
        NumericQuestion q5 = (NumericQuestion) b.question("q5").orElseThrow();
        assertEquals(3, q5.answer());
        assertEquals(2, q5.tolerance());
        assertTrue(q5.explanation().contains("Any other answer: Completely wrong"), q5.explanation());
        ShortAnswerQuestion sa = (ShortAnswerQuestion) b.question("shortanswer").orElseThrow();
        assertEquals(List.of(new AcceptedAnswer("Frog", 1, "Good!"), new AcceptedAnswer("Cat", 0.5,
                "What is it with Moodlers and cats?"), new AcceptedAnswer("*", 0, "Completely wrong")), sa.answers());
        TrueFalseQuestion q1 = (TrueFalseQuestion) b.question("q1").orElseThrow();
        assertEquals(false, q1.answer());
        assertEquals("This is, of course, a Hitchiker's Guide to the Galaxy reference.\n"
                + "If you answered False: You gave the right answer.\nIf you answered True: 42 is the Ultimate Answer.",
                q1.explanation());
        EssayQuestion essay = (EssayQuestion) b.question("q8").orElseThrow();
        assertEquals("How are you?", essay.prompt());
    }

    @Test
    void moodlesFormatExamplesKeepTheirKeys() {
        Bank b = GiftImporter.importFile(CORPUS.resolve("gift-grammar-pegjs/giftFormatPhpExamples.gift")).bank();
        SingleChoiceQuestion tomb = (SingleChoiceQuestion) b.questions().get(0);
        assertEquals("no one", tomb.choices().get(2).text());
        assertEquals("c", tomb.answer());
        SingleChoiceQuestion missing = (SingleChoiceQuestion) b.questions().get(1);
        assertEquals("Grant is _____ in Grant's tomb.", missing.prompt());
        assertEquals("b", missing.answer());
        ShortAnswerQuestion nobody = (ShortAnswerQuestion) b.questions().get(3);
        assertEquals(List.of("no one", "nobody"), nobody.answers().stream().map(AcceptedAnswer::text).toList());
        NumericQuestion born = (NumericQuestion) b.questions().get(4);
        assertEquals(1822, born.answer());
        assertEquals(5, born.tolerance());
        ShortAnswerQuestion jesus = (ShortAnswerQuestion) b.question("jesus-hometown-short-answer-ex").orElseThrow();
        assertEquals(List.of(1.0, 0.75, 0.25), jesus.answers().stream().map(AcceptedAnswer::fraction).toList());
        assertEquals("Right, but misspelled.", jesus.answers().get(1).feedback());
    }

    @Test
    void twoFeedbacksOfTrueFalseStayWithTheirAnswers() {
        Bank b = GiftImporter.importFile(CORPUS.resolve("gift-grammar-pegjs/TFTwoFeedback.gift")).bank();
        assertEquals("If you answered False: feedback for false\nIf you answered True: feedback for true",
                b.questions().get(0).explanation());
        assertEquals("If you answered False: feedback for true", b.questions().get(1).explanation());
        // Moodle's order is #wrong#right whatever the file's own labels say: for TRUE, the second is for "true"
        assertEquals("If you answered True: feedback for false", b.questions().get(2).explanation());
    }
}
