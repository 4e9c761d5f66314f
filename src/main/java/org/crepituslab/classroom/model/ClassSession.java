package org.crepituslab.classroom.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;
import org.crepituslab.framework.Emitter;
import org.crepituslab.quiz.model.Response;

/**
 * One class session: thread-safe (every web request and the projector call in from their own
 * threads; one lock, held briefly, never while listeners run). Changes are announced on
 * {@link #events()} after the lock is released, so a slow listener delays nobody's answer.
 */
public final class ClassSession {
    /** A lecture hall; more joins are refused so a script cannot grow the session without bound. */
    public static final int MAX_STUDENTS = 500;

    private final String code;
    private final List<ClassQuestion> questions;
    private final LongSupplier clock;
    private final Emitter<SessionEvent> events = new Emitter<>();
    private final Map<String, Student> students = new LinkedHashMap<>();
    private final Set<String> names = new HashSet<>();
    /** question id → (student token → answer), in arrival order. */
    private final Map<String, Map<String, StudentAnswer>> answers = new HashMap<>();
    private int index = -1;
    private SessionState state = SessionState.WAITING;
    private long openedAtMillis;
    private long version;

    public ClassSession(String code, List<ClassQuestion> questions, LongSupplier clock) {
        if (questions.isEmpty()) {
            throw new IllegalArgumentException("a class session needs at least one question");
        }
        this.code = code;
        this.questions = List.copyOf(questions);
        this.clock = clock;
        questions.forEach(q -> answers.put(q.id(), new LinkedHashMap<>()));
    }

    /** A session carried on from its saved state; the questions must be the saved ones, in order. */
    public static ClassSession restore(SavedSession saved, List<ClassQuestion> questions, LongSupplier clock) {
        if (!ClassQuestion.ids(questions).equals(saved.questionIds())) {
            throw new IllegalArgumentException("the saved session asked other questions: " + saved.questionIds());
        }
        ClassSession s = new ClassSession(saved.code(), questions, clock);
        saved.students().forEach(st -> {
            s.students.put(st.token(), st);
            s.names.add(key(st.name()));
        });
        for (SavedSession.SavedAnswer a : saved.answers()) {
            ClassQuestion q = s.question(a.questionId()).orElseThrow();
            s.answers.get(q.id()).put(a.token(), new StudentAnswer(a.token(), a.response(), q.grade(a.response()), a.atMillis()));
        }
        s.index = saved.index();
        s.state = saved.state();
        s.openedAtMillis = saved.openedAtMillis();
        return s;
    }

    public String code() {
        return code;
    }

    public List<ClassQuestion> questions() {
        return questions;
    }

    public Emitter<SessionEvent> events() {
        return events;
    }

    public Optional<ClassQuestion> question(String id) {
        return questions.stream().filter(q -> q.id().equals(id)).findFirst();
    }

    // ---- students ----

    public JoinOutcome join(String typedCode, String rawName) {
        SessionEvent e;
        String token;
        synchronized (this) {
            if (typedCode == null || !code.equals(typedCode.strip().toUpperCase(Locale.ROOT))) {
                return JoinOutcome.refused(JoinOutcome.Kind.WRONG_CODE);
            }
            if (state == SessionState.ENDED) {
                return JoinOutcome.refused(JoinOutcome.Kind.ENDED);
            }
            Optional<String> name = Nickname.clean(rawName);
            if (name.isEmpty()) {
                return JoinOutcome.refused(JoinOutcome.Kind.BAD_NAME);
            }
            if (names.contains(key(name.get()))) {
                return JoinOutcome.refused(JoinOutcome.Kind.NAME_TAKEN);
            }
            if (students.size() >= MAX_STUDENTS) {
                return JoinOutcome.refused(JoinOutcome.Kind.FULL);
            }
            token = Secrets.token();
            students.put(token, new Student(token, name.get(), clock.getAsLong()));
            names.add(key(name.get()));
            e = event(SessionEvent.Kind.JOINED, token);
        }
        events.emit(e);
        return new JoinOutcome(JoinOutcome.Kind.JOINED, token);
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    public synchronized Optional<Student> student(String token) {
        return Optional.ofNullable(token == null ? null : students.get(token));
    }

    public synchronized int studentCount() {
        return students.size();
    }

    public synchronized List<Student> students() {
        return List.copyOf(students.values());
    }

    // ---- answers ----

    /** Records a student's answer to the open question; the caller has checked its kind fits the question. */
    public AnswerOutcome answer(String token, String questionId, Response response) {
        SessionEvent e;
        AnswerOutcome outcome;
        synchronized (this) {
            if (token == null || !students.containsKey(token)) {
                return AnswerOutcome.UNKNOWN_STUDENT;
            }
            Optional<ClassQuestion> q = question(questionId);
            if (q.isEmpty()) {
                return AnswerOutcome.UNKNOWN_QUESTION;
            }
            if (state != SessionState.OPEN || !questions.get(index).id().equals(questionId)) {
                return AnswerOutcome.CLOSED;
            }
            Map<String, StudentAnswer> forQ = answers.get(questionId);
            StudentAnswer a = new StudentAnswer(token, response, q.get().grade(response), clock.getAsLong());
            outcome = forQ.put(token, a) == null ? AnswerOutcome.ACCEPTED : AnswerOutcome.REPLACED;
            e = event(outcome == AnswerOutcome.ACCEPTED ? SessionEvent.Kind.ANSWERED : SessionEvent.Kind.CHANGED, token);
        }
        events.emit(e);
        return outcome;
    }

    public synchronized Optional<StudentAnswer> answerOf(String token, String questionId) {
        Map<String, StudentAnswer> forQ = answers.get(questionId);
        return Optional.ofNullable(forQ == null ? null : forQ.get(token));
    }

    /** How many students answered the current question (0 before the first). */
    public synchronized int answerCount() {
        return index < 0 ? 0 : answers.get(questions.get(index).id()).size();
    }

    // ---- the teacher ----

    /** Opens the next question, or ends the session after the last; returns the new state. */
    public SessionState next() {
        SessionEvent e;
        synchronized (this) {
            if (state == SessionState.ENDED) {
                return state;
            }
            if (index + 1 >= questions.size()) {
                state = SessionState.ENDED;
            } else {
                index++;
                state = SessionState.OPEN;
                openedAtMillis = clock.getAsLong();
            }
            e = event(SessionEvent.Kind.STATE, null);
        }
        events.emit(e);
        return e.state();
    }

    /** Closes the open question and shows its answers; false when no question is open. */
    public boolean reveal() {
        SessionEvent e;
        synchronized (this) {
            if (state != SessionState.OPEN) {
                return false;
            }
            state = SessionState.REVEALED;
            e = event(SessionEvent.Kind.STATE, null);
        }
        events.emit(e);
        return true;
    }

    public void end() {
        SessionEvent e;
        synchronized (this) {
            if (state == SessionState.ENDED) {
                return;
            }
            state = SessionState.ENDED;
            e = event(SessionEvent.Kind.STATE, null);
        }
        events.emit(e);
    }

    public synchronized SessionState state() {
        return state;
    }

    public synchronized int index() {
        return index;
    }

    /** The question asked now (open or revealed), or empty before the first and after the end. */
    public synchronized Optional<ClassQuestion> current() {
        return index < 0 || state == SessionState.ENDED || state == SessionState.WAITING ? Optional.empty()
                : Optional.of(questions.get(index));
    }

    public synchronized long openedAtMillis() {
        return openedAtMillis;
    }

    /** Increases with every change: the saver writes when it moved. */
    public synchronized long version() {
        return version;
    }

    private SessionEvent event(SessionEvent.Kind kind, String token) {
        version++;
        int count = index < 0 ? 0 : answers.get(questions.get(index).id()).size();
        return new SessionEvent(kind, state, index, count, students.size(), token);
    }

    // ---- results ----

    /** Results of every question asked so far, in order. */
    public synchronized List<QuestionResult> results() {
        List<QuestionResult> out = new ArrayList<>();
        int asked = state == SessionState.WAITING ? 0 : Math.min(index + 1, questions.size());
        for (int i = 0; i < asked; i++) {
            out.add(result(i));
        }
        return out;
    }

    /** Results of one question by position. */
    public synchronized QuestionResult result(int i) {
        ClassQuestion q = questions.get(i);
        Map<String, StudentAnswer> forQ = answers.get(q.id());
        List<StudentResult> rows = new ArrayList<>();
        forQ.values().forEach(a -> rows.add(new StudentResult(students.get(a.token()).name(),
                q.describe(a.response()), a.score(), a.atMillis())));
        return new QuestionResult(i + 1, q, Tallies.of(q, forQ.values()), rows);
    }

    /** Totals per student, best first (ties by name), for the podium. */
    public synchronized List<Standing> standings() {
        Map<String, double[]> totals = new LinkedHashMap<>();
        students.values().forEach(s -> totals.put(s.token(), new double[2]));
        answers.values().forEach(m -> m.values().forEach(a -> {
            double[] t = totals.get(a.token());
            t[0] += a.score();
            t[1]++;
        }));
        List<Standing> out = new ArrayList<>();
        totals.forEach((token, t) -> out.add(new Standing(students.get(token).name(), t[0], (int) t[1])));
        out.sort(Comparator.comparingDouble(Standing::total).reversed().thenComparing(Standing::name));
        return out;
    }

    /** The whole state for saving. */
    public synchronized SavedSession saved() {
        List<SavedSession.SavedAnswer> all = new ArrayList<>();
        for (ClassQuestion q : questions) {
            answers.get(q.id()).values().forEach(a -> all.add(new SavedSession.SavedAnswer(q.id(), a.token(),
                    a.response(), a.atMillis())));
        }
        return new SavedSession(code, ClassQuestion.ids(questions), index, state, openedAtMillis,
                List.copyOf(students.values()), all);
    }
}
