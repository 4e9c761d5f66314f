package org.crepituslab.quiz.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpacedRepetitionTest {
    private static final long DAY = QuizConstants.MILLIS_PER_DAY;

    @Test
    void sm2IntervalsAreOneDayThenSixThenTimesEasiness() {
        Sm2.Card c = Sm2.Card.fresh();
        c = Sm2.review(c, 5, 0);
        assertEquals(1, c.intervalDays());
        assertEquals(DAY, c.dueAt());
        assertEquals(2.6, c.easiness(), 1e-12, "quality 5 adds 0.1");
        c = Sm2.review(c, 5, 10 * DAY);
        assertEquals(6, c.intervalDays());
        assertEquals(16 * DAY, c.dueAt());
        double ef = c.easiness();
        c = Sm2.review(c, 4, 20 * DAY);
        assertEquals(Math.round(6 * ef), c.intervalDays());
        assertEquals(ef, c.easiness(), 1e-12, "quality 4 keeps the easiness");
        assertEquals(3, c.repetitions());
    }

    @Test
    void aMissComesBackInMinutesAndResetsTheCard() {
        Sm2.Card c = Sm2.review(Sm2.review(Sm2.Card.fresh(), 5, 0), 5, 0);
        Sm2.Card missed = Sm2.review(c, 1, 1000);
        assertEquals(0, missed.repetitions());
        assertEquals(1000 + QuizConstants.RELEARN_DELAY_MILLIS, missed.dueAt());
        assertTrue(missed.easiness() < c.easiness());
    }

    @Test
    void easinessNeverFallsBelowTheFloor() {
        Sm2.Card c = Sm2.Card.fresh();
        for (int i = 0; i < 20; i++) {
            c = Sm2.review(c, 0, 0);
        }
        assertEquals(QuizConstants.SM2_MIN_EASINESS, c.easiness(), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> Sm2.review(Sm2.Card.fresh(), 6, 0));
    }

    @Test
    void qualityFollowsTheScore() {
        assertEquals(5, Sm2.quality(1));
        assertEquals(3, Sm2.quality(0.5));
        assertEquals(2, Sm2.quality(0.25));
        assertEquals(1, Sm2.quality(0));
    }

    @Test
    void practiceAsksDueCardsFirstThenNewOnesThenTheRest() {
        Bank bank = Questions.bank(Questions.single("due-late"), Questions.single("fresh"), Questions.single("later"),
                Questions.single("due-soon"));
        long now = 100 * DAY;
        BankProgress p = new BankProgress(Map.of(
                "due-late", stats(now - 5 * DAY),
                "due-soon", stats(now - DAY),
                "later", stats(now + 3 * DAY)), null);
        List<String> order = QuestionPicker.pick(bank, new QuizSetup(List.of(), 4, QuizMode.PRACTICE,
                FeedbackMode.IMMEDIATE, 3), p, now).stream().map(Question::id).toList();
        assertEquals(List.of("due-late", "due-soon", "fresh", "later"), order);
    }

    @Test
    void reviewMissedAsksOnlyWhatWasMissedLastTime() {
        Bank bank = Questions.bank(Questions.single("a"), Questions.single("b"), Questions.single("c"));
        BankProgress p = BankProgress.EMPTY
                .withAnswer(record("a", 0, 1)).withAnswer(record("b", 1, 1))
                .withAnswer(record("c", 0, 1)).withAnswer(record("c", 1, 2));
        List<String> ids = QuestionPicker.pick(bank, new QuizSetup(List.of(), 10, QuizMode.REVIEW_MISSED,
                FeedbackMode.IMMEDIATE, 1), p, 0).stream().map(Question::id).toList();
        assertEquals(List.of("a"), ids, "c was put right since");
        assertEquals(List.of(), QuestionPicker.pick(bank, new QuizSetup(List.of(), 10, QuizMode.REVIEW_MISSED,
                FeedbackMode.IMMEDIATE, 1), BankProgress.EMPTY, 0));
    }

    @Test
    void quizModeFiltersTopicsShufflesBySeedAndCounts() {
        Bank bank = Questions.bank(new Behaviour(true, true, FeedbackMode.IMMEDIATE, 0.7),
                Questions.single("a", "x"), Questions.single("b", "y"), Questions.single("c", "x"),
                Questions.single("d", "x", "y"), Questions.single("e", "z"));
        QuizSetup setup = new QuizSetup(List.of("x"), 2, QuizMode.QUIZ, FeedbackMode.IMMEDIATE, 99);
        List<Question> one = QuestionPicker.pick(bank, setup, BankProgress.EMPTY, 0);
        assertEquals(one, QuestionPicker.pick(bank, setup, BankProgress.EMPTY, 0), "same seed, same quiz");
        assertEquals(2, one.size());
        assertTrue(one.stream().allMatch(q -> q.topics().contains("x")));
        assertEquals(3, QuestionPicker.pick(bank, new QuizSetup(List.of("x"), 50, QuizMode.QUIZ,
                FeedbackMode.IMMEDIATE, 1), BankProgress.EMPTY, 0).size());
    }

    @Test
    void masteryCountsUnansweredQuestionsAsNotYetMastered() {
        Bank bank = Questions.bank(Questions.single("a", "x"), Questions.single("b", "x"), Questions.single("c", "y"));
        BankProgress p = BankProgress.EMPTY.withAnswer(record("a", 1, 1)).withAnswer(record("c", 0.5, 1));
        Map<String, TopicScore> m = Mastery.of(bank, p);
        assertEquals(0.5, m.get("x").fraction(), 1e-12);
        assertEquals(0.5, m.get("y").fraction(), 1e-12);
        assertEquals(2, m.get("x").questions());
    }

    private static QuestionStats stats(long due) {
        return new QuestionStats(1, 1, 1, 0, Fsrs.fromSm2(new Sm2.Card(1, 1, 2.5, due)));
    }

    private static AnswerRecord record(String id, double score, long at) {
        return new AnswerRecord(id, List.of("t"), new Response.Pick("a"), "a", score, at, 1000, 1);
    }
}
