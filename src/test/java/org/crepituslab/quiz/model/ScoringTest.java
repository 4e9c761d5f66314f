package org.crepituslab.quiz.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScoringTest {
    private static final double EPS = 1e-12;

    @Test
    void singleChoiceIsAllOrNothing() {
        SingleChoiceQuestion q = Questions.single("s");
        assertEquals(1, Scoring.score(q, new Response.Pick("a")));
        assertEquals(0, Scoring.score(q, new Response.Pick("b")));
        assertEquals(0, Scoring.score(q, new Response.Pick("nonexistent")));
    }

    @Test
    void multipleChoiceGivesRightMinusWrongOverRightFlooredAtZero() {
        MultipleChoiceQuestion q = Questions.multiple("m", Set.of("a", "b", "c"), "a", "b", "c", "d", "e");
        assertEquals(1, Scoring.score(q, new Response.Picks(Set.of("a", "b", "c"))), EPS);
        assertEquals(2 / 3.0, Scoring.score(q, new Response.Picks(Set.of("a", "b"))), EPS);
        assertEquals(1 / 3.0, Scoring.score(q, new Response.Picks(Set.of("a", "b", "d"))), EPS);
        assertEquals(2 / 3.0, Scoring.score(q, new Response.Picks(Set.of("a", "b", "c", "d"))), EPS,
                "ticking everything is not full credit");
        assertEquals(0, Scoring.score(q, new Response.Picks(Set.of("a", "d", "e"))), EPS, "floored at 0, not -1/3");
        assertEquals(0, Scoring.score(q, new Response.Picks(Set.of("d", "e"))), EPS);
        assertEquals(0, Scoring.score(q, new Response.Picks(Set.of())), EPS);
    }

    @Test
    void trueFalse() {
        TrueFalseQuestion q = new TrueFalseQuestion(Questions.info("tf"), false);
        assertEquals(1, Scoring.score(q, new Response.Verdict(false)));
        assertEquals(0, Scoring.score(q, new Response.Verdict(true)));
    }

    @Test
    void numericCountsBothToleranceEdgesAndNothingBeyond() {
        NumericQuestion q = Questions.numeric("n", 20, 5);
        assertEquals(1, Scoring.score(q, new Response.Number(20)));
        assertEquals(1, Scoring.score(q, new Response.Number(15)), "lower edge counts");
        assertEquals(1, Scoring.score(q, new Response.Number(25)), "upper edge counts");
        assertEquals(0, Scoring.score(q, new Response.Number(25.001)));
        assertEquals(0, Scoring.score(q, new Response.Number(14.999)));
        assertEquals(0, Scoring.score(q, new Response.Number(Double.NaN)));
        assertEquals(0, Scoring.score(q, new Response.Number(Double.POSITIVE_INFINITY)));
    }

    @Test
    void numericEdgesSurviveDecimalRounding() {
        // 0.3 - 0.1 is 0.19999999999999998 in binary: the edge must still count
        NumericQuestion q = Questions.numeric("n", 0.1, 0.2);
        assertEquals(1, Scoring.score(q, new Response.Number(0.3)));
        assertEquals(0, Scoring.score(q, new Response.Number(0.3001)));
        NumericQuestion exact = Questions.numeric("e", 1822, 0);
        assertEquals(1, Scoring.score(exact, new Response.Number(1822)));
        assertEquals(0, Scoring.score(exact, new Response.Number(1822.001)));
    }

    @Test
    void orderingScoresAdjacentPairsInTheRightRelativeOrder() {
        OrderingQuestion q = Questions.ordering("o", "a", "b", "c", "d");
        assertEquals(1, Scoring.score(q, order("a", "b", "c", "d")), EPS);
        assertEquals(2 / 3.0, Scoring.score(q, order("b", "a", "c", "d")), EPS);
        assertEquals(2 / 3.0, Scoring.score(q, order("a", "c", "b", "d")), EPS);
        assertEquals(2 / 3.0, Scoring.score(q, order("c", "d", "a", "b")), EPS, "two runs in order, one break");
        assertEquals(1 / 3.0, Scoring.score(q, order("d", "c", "a", "b")), EPS);
        assertEquals(0, Scoring.score(q, order("d", "c", "b", "a")), EPS);
        assertEquals(0, Scoring.score(q, order("a", "b", "c")), "an item missing");
        assertEquals(0, Scoring.score(q, order("a", "a", "b", "c")), "an item twice");
        assertEquals(0, Scoring.score(q, order("a", "b", "c", "x")), "an unknown item");
    }

    @Test
    void matchingScoresTheFractionMatched() {
        MatchingQuestion q = Questions.matching("m", "pop", "cavitation", "snap", "tendon", "grind", "cartilage");
        assertEquals(1, Scoring.score(q, matches("cavitation", "tendon", "cartilage")), EPS);
        assertEquals(1 / 3.0, Scoring.score(q, matches("cavitation", "cartilage", "tendon")), EPS);
        assertEquals(0, Scoring.score(q, matches("tendon", "cartilage", "cavitation")), EPS);
        assertEquals(2 / 3.0, Scoring.score(q, matches("cavitation", null, "cartilage")), EPS, "unmatched left");
    }

    @Test
    void matchingAcceptsASharedRightForEitherLeft() {
        MatchingQuestion q = Questions.matching("m", "knuckle crack", "cavitation", "back pop", "cavitation",
                "hip snap", "tendon");
        assertEquals(List.of("cavitation", "tendon"), q.rights());
        assertEquals(1, Scoring.score(q, matches("cavitation", "cavitation", "tendon")), EPS);
    }

    @Test
    void soundIsASingleChoice() {
        SoundQuestion q = new SoundQuestion(Questions.info("snd"), "grind", Questions.choices("a", "b"), "b");
        assertEquals(1, Scoring.score(q, new Response.Pick("b")));
        assertEquals(0, Scoring.score(q, new Response.Pick("a")));
    }

    @Test
    void simulationTaskGoalIsTheScoreAndAFollowUpIsHalf() {
        SimulationQuestion plain = Questions.task("t", false);
        assertEquals(1, Scoring.score(plain, new Response.Task(true, null)));
        assertEquals(0, Scoring.score(plain, new Response.Task(false, null)));
        SimulationQuestion withFollowUp = Questions.task("f", true);
        assertEquals(1, Scoring.score(withFollowUp, new Response.Task(true, "y")));
        assertEquals(0.5, Scoring.score(withFollowUp, new Response.Task(true, "x")));
        assertEquals(0, Scoring.score(withFollowUp, new Response.Task(false, "y")), "no credit without the goal");
    }

    @Test
    void aResponseOfTheWrongKindIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Scoring.score(Questions.single("s"), new Response.Verdict(true)));
        assertTrue(e.getMessage().contains("single"), e.getMessage());
    }

    @Test
    void goalsNeedEveryConditionAndNeverMatchAnUnknownReadout() {
        Goal g = new Goal(List.of(new GoalCondition("pops", Comparison.AT_LEAST, 1),
                new GoalCondition("refractoryBlocks", Comparison.ABOVE, 0)));
        assertTrue(g.isMet(name -> name.equals("pops") ? 1 : 2));
        assertFalse(g.isMet(name -> name.equals("pops") ? 0 : 2));
        assertFalse(g.isMet(name -> Double.NaN));
        for (Comparison c : Comparison.values()) {
            assertFalse(c.test(Double.NaN, 0), c.symbol());
            assertEquals(c, Comparison.fromSymbol(c.symbol()));
        }
        assertTrue(Comparison.EQUAL.test(3, 3));
        assertTrue(Comparison.AT_MOST.test(3, 3));
        assertFalse(Comparison.BELOW.test(3, 3));
    }

    @Test
    void theCorrectResponseScoresFullyForEveryType() {
        List<Question> all = new ArrayList<>(Arrays.asList(Questions.single("a"),
                Questions.multiple("b", Set.of("a"), "a", "b"), new TrueFalseQuestion(Questions.info("c"), true),
                Questions.numeric("d", 3, 0), Questions.ordering("e", "x", "y", "z"),
                Questions.matching("f", "l", "r", "l2", "r2"),
                new SoundQuestion(Questions.info("g"), "pop", Questions.choices("a", "b"), "a"),
                Questions.task("h", true),
                new ShortAnswerQuestion(Questions.info("i"), List.of(new AcceptedAnswer("gas*", 1, "")), false),
                new ClozeQuestion(Questions.info("j"), "A {1} and {2}.", List.of(
                        new ClozeGap(List.of("x", "y"), List.of(new AcceptedAnswer("y", 1, ""))),
                        new ClozeGap(List.of(), List.of(new AcceptedAnswer("z", 1, ""))))),
                new DescriptionQuestion(Questions.info("k")),
                new EssayQuestion(Questions.info("l"), "model")));
        for (Question q : all) {
            assertEquals(1, Scoring.score(q, Responses.correct(q)), q.type().id());
        }
        assertEquals(QuestionType.values().length, all.stream().map(Question::type).distinct().count());
    }

    private static Response.Order order(String... ids) {
        return new Response.Order(List.of(ids));
    }

    private static Response.Matches matches(String... rights) {
        return new Response.Matches(Arrays.asList(rights));
    }

    @Test
    void shortAnswersMatchLikeMoodle() {
        ShortAnswerQuestion q = new ShortAnswerQuestion(Questions.info("s"), List.of(new AcceptedAnswer("Frog", 1, "Good!"),
                new AcceptedAnswer("Cat", 0.5, ""), new AcceptedAnswer("*", 0, "Completely wrong")), false);
        assertEquals(1, Scoring.score(q, new Response.Text("  frog ")));
        assertEquals(0.5, Scoring.score(q, new Response.Text("CAT")));
        assertEquals(0, Scoring.score(q, new Response.Text("dog")));
        assertEquals("Completely wrong", TextMatch.best(q.answers(), "dog", false).feedback());
        ShortAnswerQuestion cs = new ShortAnswerQuestion(Questions.info("c"), List.of(new AcceptedAnswer("CO2", 1, "")), true);
        assertEquals(0, Scoring.score(cs, new Response.Text("co2")));
        assertEquals(1, Scoring.score(cs, new Response.Text("CO2")));
        ShortAnswerQuestion wild = new ShortAnswerQuestion(Questions.info("w"),
                List.of(new AcceptedAnswer("carbon*dioxide", 1, "")), false);
        assertEquals(1, Scoring.score(wild, new Response.Text("carbon  dioxide")));
        assertEquals(0, Scoring.score(wild, new Response.Text("carbon")), "a * is not a regular expression");
        assertEquals(0, Scoring.score(new ShortAnswerQuestion(Questions.info("r"), List.of(new AcceptedAnswer("a.c", 1, "")),
                false), new Response.Text("abc")), "a dot is a dot");
    }

    @Test
    void clozeIsTheMeanOfItsGapsAndEssaysScoreTheSelfRating() {
        ClozeQuestion q = new ClozeQuestion(Questions.info("j"), "A {1} and {2}.", List.of(
                new ClozeGap(List.of("x", "y"), List.of(new AcceptedAnswer("y", 1, ""))),
                new ClozeGap(List.of(), List.of(new AcceptedAnswer("z", 1, "")))));
        assertEquals(0.5, Scoring.score(q, new Response.Blanks(Arrays.asList("y", null))));
        assertEquals(List.of("A ", " and ", "."), q.pieces());
        EssayQuestion e = new EssayQuestion(Questions.info("e"), "model");
        assertEquals(0.5, Scoring.score(e, new Response.SelfAssessed("my text", 0.5)));
    }
}
