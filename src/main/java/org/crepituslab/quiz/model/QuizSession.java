package org.crepituslab.quiz.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.crepituslab.framework.Emitter;

/**
 * One run through a quiz, as a small state machine:
 * PRESENTING --select--> ANSWERED --check--> FEEDBACK --next--> PRESENTING (next question) … RESULTS.
 * With feedback at the end, check goes straight on to the next question. In practice mode a missed
 * question is put back a few questions later. Every other transition throws IllegalStateException.
 */
public final class QuizSession {
    private final Bank bank;
    private final QuizSetup setup;
    private final LongSupplier clock;
    private final List<String> planned;
    private final List<String> queue;
    private final List<AnswerRecord> answers;
    private final Map<String, Integer> repeats;
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase", Phase.PRESENTING);
    private final Emitter<QuizSession> changes = new Emitter<>();
    private Response draft;
    private AnswerRecord last;
    private long presentedAt;

    private QuizSession(Bank bank, QuizSetup setup, LongSupplier clock, List<String> planned, List<String> queue,
                        List<AnswerRecord> answers, Map<String, Integer> repeats) {
        this.bank = bank;
        this.setup = setup;
        this.clock = clock;
        this.planned = List.copyOf(planned);
        this.queue = new ArrayList<>(queue);
        this.answers = new ArrayList<>(answers);
        this.repeats = new HashMap<>(repeats);
        this.presentedAt = clock.getAsLong();
        phase.set(this.queue.isEmpty() ? Phase.RESULTS : Phase.PRESENTING);
    }

    /** Starts a session over the picked questions, in the given order. */
    public static QuizSession start(Bank bank, QuizSetup setup, List<Question> picked, LongSupplier clock) {
        if (picked.isEmpty()) {
            throw new IllegalArgumentException("no questions to ask");
        }
        List<String> ids = picked.stream().map(Question::id).toList();
        return new QuizSession(bank, setup, clock, ids, ids, List.of(), Map.of());
    }

    /** Resumes a saved session; questions no longer in the bank are skipped. */
    public static QuizSession restore(Bank bank, SessionSnapshot s, LongSupplier clock) {
        List<String> queue = s.queue().stream().filter(id -> bank.question(id).isPresent()).toList();
        return new QuizSession(bank, s.setup(), clock, s.planned(), queue, s.answers(), s.repeats());
    }

    public Bank bank() {
        return bank;
    }

    public QuizSetup setup() {
        return setup;
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public Phase phase() {
        return phase.get();
    }

    /** Fires after every transition (also question to question, where the phase stays PRESENTING). */
    public Emitter<QuizSession> changes() {
        return changes;
    }

    /** The question being asked (or whose feedback is shown); null on the results. */
    public Question current() {
        return queue.isEmpty() ? null : bank.question(queue.get(0)).orElseThrow();
    }

    /** 1-based number of the current question. */
    public int number() {
        return phase() == Phase.FEEDBACK ? answers.size() : answers.size() + 1;
    }

    /** Questions answered plus still to ask (grows when practice brings a question back). */
    public int total() {
        return phase() == Phase.FEEDBACK ? answers.size() + queue.size() - 1 : answers.size() + queue.size();
    }

    public Response draft() {
        return draft;
    }

    /** The answer just checked (what the feedback is about). */
    public AnswerRecord lastAnswer() {
        return last;
    }

    public List<AnswerRecord> answers() {
        return List.copyOf(answers);
    }

    /** How many times the current question has been asked before in this session. */
    public int attemptOfCurrent() {
        return repeats.getOrDefault(queue.get(0), 0) + 1;
    }

    public void select(Response response) {
        require(phase() == Phase.PRESENTING || phase() == Phase.ANSWERED, "select");
        if (response == null) {
            throw new IllegalArgumentException("select(null): use clearSelection()");
        }
        Scoring.score(current(), response); // fails now, not at check, if the kind is wrong
        draft = response;
        transition(Phase.ANSWERED);
    }

    public void clearSelection() {
        require(phase() == Phase.PRESENTING || phase() == Phase.ANSWERED, "clearSelection");
        draft = null;
        transition(Phase.PRESENTING);
    }

    /** Scores the selected answer; shows feedback, or with feedback at the end moves on at once. */
    public AnswerRecord check() {
        require(phase() == Phase.ANSWERED, "check");
        Question q = current();
        double score = Scoring.score(q, draft);
        long now = clock.getAsLong();
        int attempt = attemptOfCurrent();
        last = new AnswerRecord(q.id(), q.topics(), draft, AnswerText.describe(q, draft), score, now,
                Math.max(0, now - presentedAt), attempt);
        answers.add(last);
        if (setup.mode() == QuizMode.PRACTICE && !last.correct() && attempt <= QuizConstants.PRACTICE_MAX_REPEATS) {
            repeats.merge(q.id(), 1, Integer::sum);
            queue.add(Math.min(1 + QuizConstants.PRACTICE_REQUEUE_GAP, queue.size()), q.id());
        }
        draft = null;
        if (setup.effectiveFeedback() == FeedbackMode.IMMEDIATE) {
            transition(Phase.FEEDBACK);
        } else {
            advance();
        }
        return last;
    }

    public void next() {
        require(phase() == Phase.FEEDBACK, "next");
        advance();
    }

    /** Leaves out the current question without an answer (e.g. its screen is not in this build). */
    public void dropCurrent() {
        require(phase() == Phase.PRESENTING || phase() == Phase.ANSWERED, "dropCurrent");
        draft = null;
        String id = queue.get(0);
        queue.removeIf(id::equals);
        presentedAt = clock.getAsLong();
        transition(queue.isEmpty() ? Phase.RESULTS : Phase.PRESENTING);
    }

    /** Ends the quiz now; the results cover the questions answered so far. */
    public void finish() {
        require(phase() != Phase.RESULTS, "finish");
        draft = null;
        queue.clear();
        transition(Phase.RESULTS);
    }

    public boolean isFinished() {
        return phase() == Phase.RESULTS;
    }

    public SessionResults results() {
        return SessionResults.of(bank, answers, bank.behaviour().passMark());
    }

    public SessionSnapshot snapshot() {
        List<String> rest = new ArrayList<>(queue);
        if (phase() == Phase.FEEDBACK && !rest.isEmpty()) {
            rest.remove(0); // answered: resuming goes on with the next question
        }
        return new SessionSnapshot(bank.id(), setup, planned, rest, answers, repeats);
    }

    /** The choices of a question in the order to show them (seeded shuffle if the bank asks for it). */
    public List<Choice> displayedChoices(List<Choice> choices, Question q) {
        return bank.behaviour().shuffleChoices() ? SeededShuffle.shuffle(choices, setup.seed(), q.id()) : choices;
    }

    /** An ordering's items as shown: always shuffled, never already in order. */
    public List<Choice> displayedItems(OrderingQuestion q) {
        return SeededShuffle.derange(q.items(), setup.seed(), q.id());
    }

    /** A matching's right-hand options as shown: always shuffled. */
    public List<String> displayedRights(MatchingQuestion q) {
        return SeededShuffle.derange(q.rights(), setup.seed(), q.id());
    }

    private void advance() {
        queue.remove(0);
        presentedAt = clock.getAsLong();
        transition(queue.isEmpty() ? Phase.RESULTS : Phase.PRESENTING);
    }

    private void transition(Phase to) {
        phase.set(to);
        changes.emit(this);
    }

    private void require(boolean ok, String action) {
        if (!ok) {
            throw new IllegalStateException("cannot " + action + " while " + phase());
        }
    }
}
