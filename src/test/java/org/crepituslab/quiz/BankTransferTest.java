package org.crepituslab.quiz;

import static org.crepituslab.testing.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crepituslab.quiz.bank.BankLoader;
import org.crepituslab.quiz.bank.LoadResult;
import org.crepituslab.quiz.model.AcceptedAnswer;
import org.crepituslab.quiz.model.Bank;
import org.crepituslab.quiz.model.Choice;
import org.crepituslab.quiz.model.ClozeQuestion;
import org.crepituslab.quiz.model.EssayQuestion;
import org.crepituslab.quiz.model.MatchingQuestion;
import org.crepituslab.quiz.model.MultipleChoiceQuestion;
import org.crepituslab.quiz.model.NumericQuestion;
import org.crepituslab.quiz.model.Question;
import org.crepituslab.quiz.model.QuestionType;
import org.crepituslab.quiz.model.ShortAnswerQuestion;
import org.crepituslab.quiz.model.SingleChoiceQuestion;
import org.crepituslab.quiz.model.TrueFalseQuestion;
import org.crepituslab.testing.CliRun.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** quiz import-moodle-xml, export-gift, export-moodle-xml: the formats Moodle reads and writes. */
class BankTransferTest {
    private static final Path RES = Path.of("src/test/resources/org/crepituslab/quiz");
    private static final Path MOODLE = RES.resolve("moodlexml/moodle");

    @TempDir
    Path dir;

    private Bank load(Path file) {
        LoadResult r = BankLoader.load(file);
        assertTrue(r.ok(), r.problems().toString());
        return r.source().bank();
    }

    /** What GIFT keeps of a question: type, prompt, choices, answer key (with weights) and feedback. */
    static String meaning(Question q) {
        String key;
        if (q instanceof SingleChoiceQuestion s) {
            key = s.choices().stream().map(c -> (c.id().equals(s.answer()) ? "=" : "~") + c.text()).toList().toString();
        } else if (q instanceof MultipleChoiceQuestion m) {
            key = m.choices().stream().map(c -> (m.answers().contains(c.id()) ? "+" : "-") + c.text()).toList().toString();
        } else if (q instanceof TrueFalseQuestion t) {
            key = Boolean.toString(t.answer());
        } else if (q instanceof NumericQuestion n) {
            key = n.answer() + "\u00b1" + n.tolerance();
        } else if (q instanceof MatchingQuestion m) {
            key = m.pairs().toString();
        } else if (q instanceof ShortAnswerQuestion s) {
            key = s.answers().toString();
        } else if (q instanceof EssayQuestion e) {
            key = e.modelAnswer();
        } else {
            key = "";
        }
        return q.id() + "|" + q.type().id() + "|" + q.prompt() + "|" + key + "|" + q.explanation();
    }

    @Test
    void theBuiltinBankSurvivesAGiftRoundTripForEveryQuestionGiftCanExpress() throws Exception {
        Path gift = dir.resolve("builtin.gift");
        Result r = run("quiz", "export-gift", "builtin", "--out=" + gift);
        assertEquals(0, r.code(), r.err());
        Bank original = BankLoader.loadBuiltin().source().bank();
        Result back = run("quiz", "import-gift", gift.toString(), "--out=" + dir.resolve("back.json"));
        assertEquals(0, back.code(), back.err() + back.out());
        Bank again = load(dir.resolve("back.json"));
        int expressible = 0;
        List<String> lost = new ArrayList<>();
        for (Question q : original.questions()) {
            Question b = again.question(q.id()).orElseThrow(() -> new AssertionError("lost " + q.id()));
            boolean giftForm = switch (q.type()) {
                case ORDERING, SOUND, SIMULATION, CLOZE -> false;
                default -> true;
            };
            if (giftForm) {
                expressible++;
                if (!meaning(q).equals(meaning(b))) {
                    lost.add(meaning(q) + "\n   became " + meaning(b));
                }
            } else {
                assertEquals(QuestionType.DESCRIPTION, b.type(), q.id());
                assertTrue(b.prompt().startsWith(q.prompt()), q.id());
            }
        }
        System.out.println("GIFT round trip of the built-in bank: " + (expressible - lost.size()) + " of " + expressible
                + " GIFT-expressible questions identical; " + (original.questions().size() - expressible)
                + " others written as descriptions");
        assertEquals(List.of(), lost);
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("not carried ") && l.contains("simulation")), r.out());
    }

    @Test
    void theBuiltinBankSurvivesAMoodleXmlRoundTrip() throws Exception {
        Path xml = dir.resolve("builtin.xml");
        Result r = run("quiz", "export-moodle-xml", "builtin", "--out=" + xml);
        assertEquals(0, r.code(), r.err());
        Result back = run("quiz", "import-moodle-xml", xml.toString(), "--out=" + dir.resolve("back.json"));
        assertEquals(0, back.code(), back.err() + back.out());
        Bank original = BankLoader.loadBuiltin().source().bank();
        Bank again = load(dir.resolve("back.json"));
        int same = 0;
        int expressible = 0;
        for (Question q : original.questions()) {
            Question b = again.question(q.id()).orElseThrow();
            if (q.type() != QuestionType.ORDERING && q.type() != QuestionType.SOUND && q.type() != QuestionType.SIMULATION) {
                expressible++;
                same += meaning(q).equals(meaning(b)) ? 1 : 0;
                assertEquals(meaning(q), meaning(b));
            }
        }
        System.out.println("Moodle XML round trip of the built-in bank: " + same + " of " + expressible + " identical");
    }

    @Test
    void moodlesNestedCategoriesFixtureImportsWithTopicsAndAnswers() throws Exception {
        Path out = dir.resolve("nested.json");
        Result r = run("quiz", "import-moodle-xml", MOODLE.resolve("nested_categories_with_questions.xml").toString(),
                "--out=" + out);
        assertEquals(0, r.code(), r.err());
        Bank b = load(out);
        assertEquals(List.of("iota", "iota-kappa", "iota-kappa-lambda", "iota-mu"), b.topics().stream().map(t -> t.id()).toList());
        assertEquals(5, b.questions().size());
        TrueFalseQuestion iota = (TrueFalseQuestion) b.question("iota-question").orElseThrow();
        assertEquals("Testing Iota Question", iota.prompt());
        assertTrue(iota.answer());
        assertEquals(List.of("iota"), iota.topics());
        assertEquals(QuestionType.ESSAY, b.question("kappa-essay-question").orElseThrow().type());
    }

    @Test
    void moodlesClozeFixtureKeepsItsGapsAndWritesItsPictureUnderASafeName() throws Exception {
        Path out = dir.resolve("cloze.json");
        Result r = run("quiz", "import-moodle-xml", MOODLE.resolve("multianswer.xml").toString(), "--out=" + out);
        assertEquals(0, r.code(), r.err() + r.out());
        Bank b = load(out);
        ClozeQuestion c = (ClozeQuestion) b.questions().get(0);
        assertEquals(5, c.gaps().size());
        assertEquals(List.of("California", "Arizona"), c.gaps().get(1).options());
        assertEquals(new AcceptedAnswer("Arizona", 1, "OK"), c.gaps().get(1).answers().get(1));
        assertTrue(c.gaps().get(4).typed());
        assertEquals(0.5, c.gaps().get(4).answers().get(1).fraction());
        assertTrue(c.text().contains("* San Francisco: {1}"), c.text());
        assertEquals("multianswer-cloze-with-images.png", c.info().image());
        assertTrue(Files.size(dir.resolve(c.info().image())) > 1000);
        assertTrue(r.out().contains("second picture \"california-state-flag.png\" dropped"), r.out());
    }

    @Test
    void externalEntitiesAndEntityExpansionAreRefusedAndNothingIsWritten() throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP SECRET");
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE quiz [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<quiz><question type=\"truefalse\"><name><text>&x;</text></name><questiontext><text>&x;</text>"
                + "</questiontext><answer fraction=\"100\"><text>true</text></answer></question></quiz>";
        StringBuilder lol = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i < 10; i++) {
            lol.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">");
        }
        lol.append("]>\n<quiz>&lol9;</quiz>");
        for (String[] c : List.of(new String[] {"xxe.xml", xxe}, new String[] {"lol.xml", lol.toString()})) {
            Path in = dir.resolve(c[0]);
            Files.writeString(in, c[1]);
            Path out = dir.resolve(c[0] + ".json");
            Result r = run("quiz", "import-moodle-xml", in.toString(), "--out=" + out);
            assertEquals(1, r.code());
            assertTrue(r.err().contains("refused: the file declares a DOCTYPE"), r.err());
            assertFalse(r.out().contains("TOP SECRET") || r.err().contains("TOP SECRET"));
            assertFalse(Files.exists(out));
        }
    }

    @Test
    void moodleXmlTypesImportWithFeedbackUnitsAndCase() throws Exception {
        Path in = RES.resolve("moodlexml/all-types.xml");
        Path out = dir.resolve("all.json");
        Result r = run("quiz", "import-moodle-xml", in.toString(), "--out=" + out);
        assertEquals(0, r.code(), r.err() + r.out());
        Bank b = load(out);
        MultipleChoiceQuestion m = (MultipleChoiceQuestion) b.question("gases").orElseThrow();
        assertEquals(2, m.answers().size());
        NumericQuestion n = (NumericQuestion) b.question("refractory").orElseThrow();
        assertEquals(20, n.answer());
        assertEquals(5, n.tolerance());
        assertEquals("min", n.unit());
        ShortAnswerQuestion s = (ShortAnswerQuestion) b.question("gas-name").orElseThrow();
        assertTrue(s.caseSensitive());
        assertEquals("Yes.", s.answers().get(0).feedback());
        MatchingQuestion match = (MatchingQuestion) b.question("match").orElseThrow();
        assertEquals(2, match.pairs().size());
        TrueFalseQuestion tf = (TrueFalseQuestion) b.question("tf").orElseThrow();
        assertEquals("If you answered False: Right.\nIf you answered True: Wrong.", tf.explanation());
        EssayQuestion e = (EssayQuestion) b.question("essay").orElseThrow();
        assertEquals("Gas, tendon, cartilage.", e.modelAnswer());
        assertEquals(QuestionType.DESCRIPTION, b.question("intro").orElseThrow().type());
        assertTrue(r.out().contains("question type \"calculated\""), r.out() + r.err());
        SingleChoiceQuestion single = (SingleChoiceQuestion) b.question("single").orElseThrow();
        assertEquals(List.of("Gas & bubbles", "Bone"), single.choices().stream().map(Choice::text).toList());
    }
}
