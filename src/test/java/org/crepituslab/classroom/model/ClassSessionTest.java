package org.crepituslab.classroom.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crepituslab.classroom.ClassFixtures;
import org.crepituslab.quiz.model.Choice;
import org.crepituslab.quiz.model.QuestionInfo;
import org.crepituslab.quiz.model.Response;
import org.crepituslab.quiz.model.SimulationQuestion;
import org.junit.jupiter.api.Test;

class ClassSessionTest {
    @Test
    void joinChecksCodeAndNickname() {
        ClassSession s = ClassFixtures.session();
        assertEquals(JoinOutcome.Kind.WRONG_CODE, s.join("ZZZZZZ", "ann").kind());
        assertEquals(JoinOutcome.Kind.BAD_NAME, s.join(ClassFixtures.CODE, "   ").kind());
        assertEquals(JoinOutcome.Kind.BAD_NAME, s.join(ClassFixtures.CODE, "x".repeat(25)).kind());
        assertEquals(JoinOutcome.Kind.BAD_NAME, s.join(ClassFixtures.CODE, "a\u202eb").kind());
        assertTrue(s.join(ClassFixtures.CODE.toLowerCase(), " ann ").joined(), "code is not case-sensitive");
        assertEquals(JoinOutcome.Kind.NAME_TAKEN, s.join(ClassFixtures.CODE, "ANN").kind());
        assertEquals("ann", s.students().get(0).name());
        assertTrue(s.join(ClassFixtures.CODE, "<img src=x onerror=a(1)>").joined(), "markup is text, kept as typed");
    }

    @Test
    void answersCountOncePerStudentAndCloseAtTheReveal() {
        ClassSession s = ClassFixtures.session();
        String t = s.join(ClassFixtures.CODE, "ann").token();
        List<SessionEvent> events = new ArrayList<>();
        s.events().addListener(events::add);
        assertEquals(AnswerOutcome.CLOSED, s.answer(t, "q-single", new Response.Pick("a")), "nothing asked yet");
        assertEquals(SessionState.OPEN, s.next());
        assertEquals(AnswerOutcome.ACCEPTED, s.answer(t, "q-single", new Response.Pick("a")));
        assertEquals(AnswerOutcome.REPLACED, s.answer(t, "q-single", new Response.Pick("b")));
        assertEquals(1, s.answerCount());
        assertEquals(1.0, s.answerOf(t, "q-single").orElseThrow().score(), "the replacement is what counts");
        assertEquals(AnswerOutcome.UNKNOWN_STUDENT, s.answer("forged", "q-single", new Response.Pick("a")));
        assertEquals(AnswerOutcome.UNKNOWN_QUESTION, s.answer(t, "nope", new Response.Pick("a")));
        assertEquals(AnswerOutcome.CLOSED, s.answer(t, "q-numeric", new Response.Number(42)), "not the open question");
        assertTrue(s.reveal());
        assertFalse(s.reveal());
        assertEquals(AnswerOutcome.CLOSED, s.answer(t, "q-single", new Response.Pick("a")));
        assertEquals(List.of(SessionEvent.Kind.STATE, SessionEvent.Kind.ANSWERED, SessionEvent.Kind.CHANGED,
                SessionEvent.Kind.STATE), events.stream().map(SessionEvent::kind).toList());
        assertEquals(1, events.get(1).answers());
    }

    @Test
    void resultsTallyEveryOptionAndMarkTheRightOnes() {
        ClassSession s = ClassFixtures.session();
        String a = s.join(ClassFixtures.CODE, "ann").token();
        String b = s.join(ClassFixtures.CODE, "bob").token();
        s.next();
        s.answer(a, "q-single", new Response.Pick("b"));
        s.answer(b, "q-single", new Response.Pick("a"));
        s.reveal();
        QuestionResult r = s.results().get(0);
        assertEquals(List.of(new Tally("a", "Alpha", 1, false), new Tally("b", "Beta", 1, true)), r.tallies());
        assertEquals("Beta", r.question().correctText());
        assertEquals(List.of("ann", "bob"), r.answers().stream().map(StudentResult::name).toList());
        assertEquals("ann", s.standings().get(0).name());
    }

    @Test
    void everyKindIsGradedByTheQuizScoring() {
        List<ClassQuestion> qs = ClassFixtures.classQuestions();
        assertEquals(1.0, qs.get(1).grade(new Response.Picks(Set.of("a", "c"))));
        assertEquals(0.5, qs.get(1).grade(new Response.Picks(Set.of("a"))));
        assertEquals(1.0, qs.get(2).grade(new Response.Verdict(true)));
        assertEquals(1.0, qs.get(3).grade(new Response.Number(42.5)));
        assertEquals(0.0, qs.get(3).grade(new Response.Number(50)));
        assertEquals(1.0, qs.get(4).grade(new Response.Order(List.of("x", "y", "z"))));
        assertEquals("42 \u00b1 1 mm", qs.get(3).correctText());
        assertEquals("First \u2192 Second \u2192 Third", qs.get(4).correctText());
        assertFalse(qs.get(4).options().stream().map(Option::id).toList().equals(List.of("x", "y", "z")),
                "an ordering is never shown in its right order");
    }

    @Test
    void nextAfterTheLastQuestionEnds() {
        ClassSession s = ClassFixtures.session();
        for (int i = 0; i < s.questions().size(); i++) {
            assertEquals(SessionState.OPEN, s.next());
        }
        assertEquals(SessionState.ENDED, s.next());
        assertEquals(JoinOutcome.Kind.ENDED, s.join(ClassFixtures.CODE, "late").kind());
    }

    @Test
    void joinCodesAreSixUnambiguousCharacters() {
        for (int i = 0; i < 200; i++) {
            String c = Secrets.joinCode();
            assertEquals(6, c.length());
            assertTrue(c.chars().allMatch(ch -> Secrets.CODE_ALPHABET.indexOf(ch) >= 0), c);
        }
    }

    @Test
    void aSimulationTaskIsAnsweredByItsFollowUpChoice() {
        SimulationQuestion task = new SimulationQuestion(new QuestionInfo("sim", List.of("t"), 1,
                "Make the tendon snap.", "Tight flexors.", null, null, null), "walking", "Tighten it.", null,
                Map.of("hipFlexorTightness", 0.2), List.of(new Choice("a", "Core"), new Choice("b", "Flexors")), "b");
        ClassQuestion q = ClassQuestion.of(task, 1, false, new QuestionWords("T", "F", "Which is right?"));
        assertEquals("Make the tendon snap. Which is right?", q.prompt());
        assertEquals(1.0, q.grade(new Response.Pick("b")));
        assertEquals(0.0, q.grade(new Response.Pick("a")));
        assertEquals("Flexors", q.correctText());
    }
}
