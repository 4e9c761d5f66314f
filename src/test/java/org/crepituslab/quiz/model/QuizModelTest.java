package org.crepituslab.quiz.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuizModelTest {
    private final Bank bank = Questions.bank(Questions.single("q1"), Questions.single("q2"), Questions.single("q3"));
    private final BankSource source = new BankSource(bank, null, null);

    /** Counts saves and can be told to fail. */
    static final class Recording implements ProgressRepository {
        Progress stored = Progress.EMPTY;
        int saves;
        boolean fail;

        @Override
        public Loaded load() {
            return new Loaded(stored, null);
        }

        @Override
        public void save(Progress p) throws IOException {
            if (fail) {
                throw new IOException("disk full");
            }
            saves++;
            stored = p;
        }

        @Override
        public String profile() {
            return "rec";
        }
    }

    private static QuizSetup setup() {
        return new QuizSetup(List.of(), 3, QuizMode.QUIZ, FeedbackMode.IMMEDIATE, 5);
    }

    @Test
    void progressIsSavedAfterEveryAnswer() {
        Recording repo = new Recording();
        QuizModel m = new QuizModel(source, repo, () -> 1000);
        m.start(setup());
        int afterStart = repo.saves;
        for (int i = 0; i < 3; i++) {
            m.select(new Response.Pick("a"));
            m.check();
            assertEquals(afterStart + i + 1, repo.saves, "saved at once after answer " + (i + 1));
            m.next();
        }
        assertEquals(3, repo.stored.bank("test").questions().size());
        assertNull(repo.stored.bank("test").unfinished(), "a finished quiz is not resumable");
        assertEquals(3, m.readout("answered"));
        assertEquals(3, m.readout("points"));
        assertNull(m.checkInvariants());
    }

    @Test
    void reopeningResumesTheUnfinishedQuiz() {
        Recording repo = new Recording();
        QuizModel first = new QuizModel(source, repo, () -> 1000);
        first.start(setup());
        first.select(new Response.Pick("a"));
        first.check();
        // the app quits here; a new model is created from the same store
        QuizModel reopened = new QuizModel(source, repo, () -> 2000);
        assertTrue(reopened.unfinished().isPresent());
        assertTrue(reopened.resume());
        assertEquals(2, reopened.session().number());
        assertEquals(Phase.PRESENTING, reopened.session().phase());
        assertEquals(1, reopened.session().answers().size());
    }

    @Test
    void aFailedSaveIsReportedAndTheQuizGoesOn() {
        Recording repo = new Recording();
        QuizModel m = new QuizModel(source, repo, () -> 1000);
        List<String> notices = new ArrayList<>();
        m.notices().addListener(notices::add);
        m.start(setup());
        repo.fail = true;
        m.select(new Response.Pick("a"));
        m.check();
        assertEquals(1, notices.size());
        assertTrue(notices.get(0).contains("disk full"), notices.get(0));
        assertEquals(Phase.FEEDBACK, m.session().phase());
        assertEquals(1, m.bankProgress().stats("q1").attempts(), "kept in memory for the next save");
    }

    @Test
    void aProblemLoadingProgressIsReportedNotFatal() {
        ProgressRepository broken = new ProgressRepository() {
            @Override
            public Loaded load() {
                return new Loaded(Progress.EMPTY, "moved aside");
            }

            @Override
            public void save(Progress p) {
            }

            @Override
            public String profile() {
                return "x";
            }
        };
        QuizModel m = new QuizModel(source, broken, () -> 0);
        assertEquals("moved aside", m.progressProblem());
        assertTrue(m.start(setup()).isPresent());
    }

    @Test
    void resetLeavesTheSessionAndReturnsToTheBuiltInBank() {
        QuizModel m = new QuizModel(source, ProgressRepository.inMemory(), () -> 0);
        m.setBank(new BankSource(Questions.bank(Questions.single("other")), "/tmp/x.json", null));
        m.start(setup());
        m.reset();
        assertNull(m.session());
        assertEquals(bank, m.bank());
        assertFalse(m.isAnimated());
        assertEquals(Double.NaN, m.readout("nonsense"));
    }
}
