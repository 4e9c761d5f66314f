package org.crepituslab.classroom.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crepituslab.classroom.model.ClassQuestion;
import org.crepituslab.classroom.model.ClassSession;
import org.crepituslab.classroom.model.QuestionResult;
import org.crepituslab.classroom.model.SessionState;
import org.crepituslab.classroom.model.StudentAnswer;
import org.crepituslab.classroom.model.StudentResult;
import org.crepituslab.classroom.model.Tally;

/**
 * What the endpoints answer, as maps for the JSON mapper. A student's view of the question never
 * holds its key while it is open; after the reveal it adds the right answer, the explanation, the
 * histogram and the student's own score.
 */
final class QuestionJson {
    private QuestionJson() {
    }

    static Map<String, Object> forStudent(ClassSession s, String token) {
        SessionState state;
        Optional<ClassQuestion> current;
        int index;
        synchronized (s) {
            state = s.state();
            current = s.current();
            index = s.index();
        }
        Map<String, Object> m = new LinkedHashMap<>();
        ClassQuestion q = current.orElse(null);
        m.put("id", q == null ? null : q.id());
        m.put("type", q == null ? null : q.type());
        m.put("prompt", q == null ? null : q.prompt());
        List<Map<String, String>> choices = new ArrayList<>();
        if (q != null) {
            q.options().forEach(o -> choices.add(Map.of("id", o.id(), "text", o.text())));
        }
        m.put("choices", choices);
        m.put("state", state.id());
        m.put("number", index + 1);
        m.put("total", s.questions().size());
        Optional<StudentAnswer> mine = q == null ? Optional.empty() : s.answerOf(token, q.id());
        m.put("answered", mine.isPresent());
        if (q != null && state == SessionState.REVEALED) {
            Map<String, Object> reveal = new LinkedHashMap<>();
            reveal.put("correct", q.correctIds());
            reveal.put("correctText", q.correctText());
            reveal.put("explanation", q.question().explanation());
            reveal.put("yourScore", mine.map(StudentAnswer::score).orElse(null));
            reveal.put("tallies", tallies(s.result(index).tallies()));
            m.put("reveal", reveal);
        }
        return m;
    }

    /** The small message of the event stream: enough for the page to know it must ask again. */
    static Map<String, Object> event(ClassSession s) {
        synchronized (s) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("state", s.state().id());
            m.put("id", s.current().map(ClassQuestion::id).orElse(null));
            m.put("number", s.index() + 1);
            return m;
        }
    }

    static Map<String, Object> results(ClassSession s) {
        Map<String, Object> m = new LinkedHashMap<>();
        List<Map<String, Object>> questions = new ArrayList<>();
        synchronized (s) {
            m.put("state", s.state().id());
            m.put("students", s.studentCount());
            for (QuestionResult r : s.results()) {
                Map<String, Object> q = new LinkedHashMap<>();
                q.put("number", r.number());
                q.put("id", r.question().id());
                q.put("type", r.question().type());
                q.put("prompt", r.question().prompt());
                q.put("answers", r.answers().size());
                Map<String, Integer> counts = new LinkedHashMap<>();
                r.tallies().forEach(t -> counts.put(t.id(), t.count()));
                q.put("counts", counts);
                q.put("correct", r.question().correctIds());
                List<Map<String, Object>> students = new ArrayList<>();
                for (StudentResult a : r.answers()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("name", a.name());
                    row.put("answer", a.answer());
                    row.put("score", a.score());
                    students.add(row);
                }
                q.put("students", students);
                questions.add(q);
            }
        }
        m.put("questions", questions);
        return m;
    }

    private static List<Map<String, Object>> tallies(List<Tally> tallies) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Tally t : tallies) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", t.id());
            m.put("label", t.label());
            m.put("count", t.count());
            m.put("correct", t.correct());
            out.add(m);
        }
        return out;
    }
}
