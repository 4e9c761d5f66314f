package org.crepituslab.quiz.model;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.crepituslab.framework.Emitter;
import org.crepituslab.framework.SimModel;
import org.crepituslab.framework.Strings;

/**
 * The quiz screen's model: the current bank, the learner's progress and the running session (null
 * while choosing a quiz). Progress is saved after every checked answer, so quitting at any moment
 * loses nothing and reopening resumes. Problems (a corrupt progress file, a failed save) are sent to
 * {@link #notices()} and never stop the quiz.
 */
public final class QuizModel implements SimModel {
    private final BankSource builtin;
    private final LongSupplier clock;
    private final ReadOnlyObjectWrapper<BankSource> bank = new ReadOnlyObjectWrapper<>(this, "bank");
    private final ReadOnlyObjectWrapper<QuizSession> session = new ReadOnlyObjectWrapper<>(this, "session");
    private final ReadOnlyObjectWrapper<Progress> progress = new ReadOnlyObjectWrapper<>(this, "progress", Progress.EMPTY);
    private final Emitter<String> notices = new Emitter<>();
    private ProgressRepository repository;
    private String progressProblem;

    public QuizModel(BankSource builtin, ProgressRepository repository, LongSupplier clock) {
        this.builtin = builtin;
        this.clock = clock;
        bank.set(builtin);
        useRepository(repository);
    }

    public ReadOnlyObjectProperty<BankSource> bankProperty() {
        return bank.getReadOnlyProperty();
    }

    public Bank bank() {
        return bank.get().bank();
    }

    public BankSource builtinBank() {
        return builtin;
    }

    public ReadOnlyObjectProperty<QuizSession> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    public QuizSession session() {
        return session.get();
    }

    public ReadOnlyObjectProperty<Progress> progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public BankProgress bankProgress() {
        return progress.get().bank(bank().id());
    }

    /** User-facing messages: a corrupt progress file moved aside, a save that failed. */
    public Emitter<String> notices() {
        return notices;
    }

    /** The problem found when the progress was loaded, or null. */
    public String progressProblem() {
        return progressProblem;
    }

    public String profile() {
        return repository.profile();
    }

    /** Switches to another profile's progress (ends the session on screen; it stays saved). */
    public void useRepository(ProgressRepository repo) {
        this.repository = repo;
        ProgressRepository.Loaded loaded = repo.load();
        progressProblem = loaded.problem();
        progress.set(loaded.progress());
        session.set(null);
        if (progressProblem != null) {
            notices.emit(progressProblem);
        }
    }

    /** Replaces the bank (a loaded file, or the built-in one); the session on screen ends. */
    public void setBank(BankSource source) {
        session.set(null);
        bank.set(source);
    }

    /** Starts a new quiz, replacing any unfinished one; empty when no question fits the setup. */
    public Optional<QuizSession> start(QuizSetup setup) {
        List<Question> picked = QuestionPicker.pick(bank(), setup, bankProgress(), clock.getAsLong());
        if (picked.isEmpty()) {
            return Optional.empty();
        }
        QuizSession s = QuizSession.start(bank(), setup, picked, clock);
        session.set(s);
        persist(bankProgress().withUnfinished(s.snapshot()));
        return Optional.of(s);
    }

    /** The unfinished quiz saved for the current bank, if any. */
    public Optional<SessionSnapshot> unfinished() {
        return Optional.ofNullable(bankProgress().unfinished());
    }

    /** Resumes the saved unfinished quiz of this bank; false when there is none. */
    public boolean resume() {
        SessionSnapshot snap = bankProgress().unfinished();
        if (snap == null) {
            return false;
        }
        QuizSession s = QuizSession.restore(bank(), snap, clock);
        if (s.isFinished()) {
            persist(bankProgress().withUnfinished(null));
            return false;
        }
        session.set(s);
        return true;
    }

    public void select(Response response) {
        requireSession().select(response);
    }

    public void clearSelection() {
        requireSession().clearSelection();
    }

    /** Checks the answer and saves progress at once (atomic write, last good copy kept). */
    public AnswerRecord check() {
        QuizSession s = requireSession();
        AnswerRecord record = s.check();
        persist(bankProgress().withAnswer(record).withUnfinished(resumable(s)));
        return record;
    }

    /** What to save for resuming: nothing once every question is answered. */
    private static SessionSnapshot resumable(QuizSession s) {
        if (s.isFinished()) {
            return null;
        }
        SessionSnapshot snap = s.snapshot();
        return snap.queue().isEmpty() ? null : snap;
    }

    public void next() {
        requireSession().next();
    }

    /** Skips a question that cannot be asked here (its screen is missing); saved like an answer. */
    public void dropCurrent() {
        QuizSession s = requireSession();
        s.dropCurrent();
        persist(bankProgress().withUnfinished(resumable(s)));
    }

    /** Ends the quiz now and shows the results of what was answered. */
    public void finish() {
        QuizSession s = requireSession();
        s.finish();
        persist(bankProgress().withUnfinished(null));
    }

    /** Leaves the session screen; an unfinished quiz stays saved and can be resumed. */
    public void leaveSession() {
        session.set(null);
    }

    /** Forgets the saved unfinished quiz of this bank. */
    public void discardUnfinished() {
        persist(bankProgress().withUnfinished(null));
    }

    private QuizSession requireSession() {
        QuizSession s = session.get();
        if (s == null) {
            throw new IllegalStateException("no quiz is running");
        }
        return s;
    }

    private void persist(BankProgress bp) {
        Progress next = progress.get().with(bank().id(), bp);
        progress.set(next);
        try {
            repository.save(next);
        } catch (IOException | RuntimeException e) {
            notices.emit(Strings.format("quiz.progress.saveFailed", String.valueOf(e.getMessage())));
        }
    }

    @Override
    public void step(double dt) {
        // a quiz does not evolve in time
    }

    @Override
    public void reset() {
        session.set(null);
        bank.set(builtin);
    }

    @Override
    public boolean isAnimated() {
        return false;
    }

    /** "questions" (in the bank), "answered" and "points" (this session), "phase" (ordinal, -1 = none). */
    @Override
    public double readout(String name) {
        QuizSession s = session.get();
        return switch (name) {
            case "questions" -> bank().questions().size();
            case "answered" -> s == null ? 0 : s.answers().size();
            case "points" -> s == null ? 0 : s.results().points();
            case "phase" -> s == null ? -1 : s.phase().ordinal();
            default -> Double.NaN;
        };
    }

    @Override
    public String checkInvariants() {
        QuizSession s = session.get();
        if (s == null) {
            return null;
        }
        if (s.phase() != Phase.RESULTS && s.current() == null) {
            return "phase " + s.phase() + " without a current question";
        }
        double points = s.results().points();
        if (points < 0 || points > s.results().count() + 1e-9) {
            return "score " + points + " outside 0.." + s.results().count();
        }
        return null;
    }
}
