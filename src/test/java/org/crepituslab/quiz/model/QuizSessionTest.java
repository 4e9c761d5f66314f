package org.crepituslab.quiz.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class QuizSessionTest {
    private final AtomicLong now = new AtomicLong(1_000_000);
    private Bank bank;

    @BeforeEach
    void bank() {
        bank = Questions.bank(Questions.single("q1"), Questions.single("q2"), Questions.single("q3"));
    }

    private QuizSession start(QuizMode mode, FeedbackMode feedback) {
        return QuizSession.start(bank, new QuizSetup(List.of(), 3, mode, feedback, 42), bank.questions(), now::get);
    }

    @Test
    void runsPresentingAnsweredFeedbackNextUntilResults() {
        QuizSession s = start(QuizMode.QUIZ, FeedbackMode.IMMEDIATE);
        List<Phase> seen = new ArrayList<>();
        s.changes().addListener(x -> seen.add(x.phase()));
        assertEquals(Phase.PRESENTING, s.phase());
        assertEquals("q1", s.current().id());
        assertEquals(1, s.number());
        assertEquals(3, s.total());

        s.select(new Response.Pick("b"));
        assertEquals(Phase.ANSWERED, s.phase());
        s.select(new Response.Pick("a"));
        assertEquals(Phase.ANSWERED, s.phase(), "the answer can change until it is checked");
        now.addAndGet(4_200);
        AnswerRecord r = s.check();
        assertEquals(Phase.FEEDBACK, s.phase());
        assertEquals(1.0, r.score());
        assertEquals(4_200, r.millisTaken());
        assertEquals("Choice a", r.answerText());
        assertEquals(1, s.number(), "still on question 1 while its feedback shows");
        s.next();
        assertEquals(Phase.PRESENTING, s.phase());
        assertEquals("q2", s.current().id());
        assertEquals(2, s.number());

        for (int i = 0; i < 2; i++) {
            s.select(new Response.Pick("c"));
            s.check();
            s.next();
        }
        assertEquals(Phase.RESULTS, s.phase());
        assertNull(s.current());
        assertEquals(List.of(Phase.ANSWERED, Phase.ANSWERED, Phase.FEEDBACK, Phase.PRESENTING, Phase.ANSWERED,
                Phase.FEEDBACK, Phase.PRESENTING, Phase.ANSWERED, Phase.FEEDBACK, Phase.RESULTS), seen);
        SessionResults results = s.results();
        assertEquals(1, results.points());
        assertEquals(3, results.count());
        assertEquals(List.of("q2", "q3"), results.missed().stream().map(m -> m.question().id()).toList());
        assertTrue(!results.passed());
    }

    @Test
    void illegalTransitionsThrowAndChangeNothing() {
        QuizSession s = start(QuizMode.QUIZ, FeedbackMode.IMMEDIATE);
        assertThrows(IllegalStateException.class, s::check, "nothing selected");
        assertThrows(IllegalStateException.class, s::next, "no feedback yet");
        s.select(new Response.Pick("a"));
        s.check();
        assertThrows(IllegalStateException.class, () -> s.select(new Response.Pick("b")), "answer is locked");
        assertThrows(IllegalStateException.class, s::check, "cannot check twice");
        assertEquals(1, s.answers().size());
        s.finish();
        assertEquals(Phase.RESULTS, s.phase());
        assertThrows(IllegalStateException.class, s::finish);
        assertThrows(IllegalStateException.class, () -> s.select(new Response.Pick("a")));
        assertThrows(IllegalArgumentException.class, () -> start(QuizMode.QUIZ, FeedbackMode.IMMEDIATE)
                .select(new Response.Number(3)), "wrong kind of answer for a single choice");
    }

    @Test
    void clearingTheSelectionGoesBackToPresenting() {
        QuizSession s = start(QuizMode.QUIZ, FeedbackMode.IMMEDIATE);
        s.select(new Response.Pick("a"));
        s.clearSelection();
        assertEquals(Phase.PRESENTING, s.phase());
        assertNull(s.draft());
        assertThrows(IllegalStateException.class, s::check);
    }

    @Test
    void feedbackAtTheEndGoesStraightToTheNextQuestion() {
        QuizSession s = start(QuizMode.QUIZ, FeedbackMode.END);
        s.select(new Response.Pick("a"));
        s.check();
        assertEquals(Phase.PRESENTING, s.phase());
        assertEquals("q2", s.current().id());
        s.select(new Response.Pick("a"));
        s.check();
        s.select(new Response.Pick("b"));
        s.check();
        assertEquals(Phase.RESULTS, s.phase());
        assertEquals(2, s.results().points());
    }

    @Test
    void practiceAlwaysGivesFeedbackAndBringsAMissedQuestionBack() {
        bank = Questions.bank(Questions.single("q1"), Questions.single("q2"), Questions.single("q3"),
                Questions.single("q4"), Questions.single("q5"));
        QuizSession s = QuizSession.start(bank, new QuizSetup(List.of(), 5, QuizMode.PRACTICE, FeedbackMode.END, 1),
                bank.questions(), now::get);
        s.select(new Response.Pick("b"));
        s.check();
        assertEquals(Phase.FEEDBACK, s.phase(), "practice explains every answer");
        assertEquals(6, s.total(), "the missed question was added again");
        List<String> asked = new ArrayList<>();
        asked.add("q1");
        s.next();
        while (!s.isFinished()) {
            asked.add(s.current().id());
            s.select(new Response.Pick("a"));
            s.check();
            s.next();
        }
        assertEquals(List.of("q1", "q2", "q3", "q4", "q1", "q5"), asked,
                "q1 comes back after " + QuizConstants.PRACTICE_REQUEUE_GAP + " other questions");
        SessionResults r = s.results();
        assertEquals(5, r.count(), "a repeat does not count as another question");
        assertEquals(4, r.points(), "the first attempt is what is scored");
        assertEquals(2, s.answers().stream().filter(a -> a.questionId().equals("q1")).count());
        assertEquals(2, s.answers().stream().filter(a -> a.questionId().equals("q1")).skip(1).findFirst()
                .orElseThrow().attempt());
    }

    @Test
    void practiceRepeatsAQuestionAtMostTwiceMore() {
        bank = Questions.bank(Questions.single("q1"));
        QuizSession s = QuizSession.start(bank, new QuizSetup(List.of(), 1, QuizMode.PRACTICE, FeedbackMode.END, 1),
                bank.questions(), now::get);
        int asked = 0;
        while (!s.isFinished()) {
            s.select(new Response.Pick("b"));
            s.check();
            s.next();
            asked++;
        }
        assertEquals(1 + QuizConstants.PRACTICE_MAX_REPEATS, asked);
    }

    @Test
    void dropAndFinishEarly() {
        QuizSession s = start(QuizMode.QUIZ, FeedbackMode.IMMEDIATE);
        s.dropCurrent();
        assertEquals("q2", s.current().id());
        assertEquals(2, s.total());
        s.select(new Response.Pick("a"));
        s.check();
        s.finish();
        assertEquals(Phase.RESULTS, s.phase());
        assertEquals(1, s.results().count());
        assertEquals(1.0, s.results().fraction());
    }

    @Test
    void aSnapshotResumesAtTheNextUnansweredQuestion() {
        QuizSession s = start(QuizMode.QUIZ, FeedbackMode.IMMEDIATE);
        s.select(new Response.Pick("a"));
        s.check();
        SessionSnapshot snap = s.snapshot();
        assertEquals(List.of("q2", "q3"), snap.queue());
        QuizSession resumed = QuizSession.restore(bank, snap, now::get);
        assertEquals(Phase.PRESENTING, resumed.phase());
        assertEquals("q2", resumed.current().id());
        assertEquals(2, resumed.number());
        assertEquals(3, resumed.total());
        assertEquals(1, resumed.results().points());
    }

    @Test
    void restoringSkipsQuestionsNoLongerInTheBank() {
        QuizSession s = start(QuizMode.QUIZ, FeedbackMode.IMMEDIATE);
        SessionSnapshot snap = s.snapshot();
        Bank smaller = Questions.bank(Questions.single("q1"), Questions.single("q3"));
        QuizSession r = QuizSession.restore(smaller, snap, now::get);
        assertEquals(2, r.total());
    }

    @Test
    void sameSeedSameChoiceOrderDifferentSeedsDiffer() {
        Bank shuffled = Questions.bank(new Behaviour(true, true, FeedbackMode.IMMEDIATE, 0.7),
                new SingleChoiceQuestion(Questions.info("q"), Questions.choices("a", "b", "c", "d", "e", "f"), "a"));
        SingleChoiceQuestion q = (SingleChoiceQuestion) shuffled.questions().get(0);
        List<List<Choice>> orders = new ArrayList<>();
        for (long seed = 0; seed < 5; seed++) {
            QuizSession a = QuizSession.start(shuffled, new QuizSetup(List.of(), 1, QuizMode.QUIZ,
                    FeedbackMode.IMMEDIATE, seed), shuffled.questions(), now::get);
            QuizSession b = QuizSession.start(shuffled, new QuizSetup(List.of(), 1, QuizMode.QUIZ,
                    FeedbackMode.IMMEDIATE, seed), shuffled.questions(), now::get);
            assertEquals(a.displayedChoices(q.choices(), q), b.displayedChoices(q.choices(), q));
            orders.add(a.displayedChoices(q.choices(), q));
        }
        assertTrue(orders.stream().distinct().count() > 1, "different seeds give different orders");
        OrderingQuestion o = Questions.ordering("o", "a", "b", "c");
        for (long seed = 0; seed < 50; seed++) {
            QuizSession s = QuizSession.start(shuffled, new QuizSetup(List.of(), 1, QuizMode.QUIZ,
                    FeedbackMode.IMMEDIATE, seed), shuffled.questions(), now::get);
            assertNotEquals(o.items(), s.displayedItems(o), "an ordering is never shown already solved");
        }
    }
}
