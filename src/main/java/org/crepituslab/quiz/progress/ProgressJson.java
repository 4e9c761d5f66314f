package org.crepituslab.quiz.progress;

import static org.crepituslab.quiz.progress.JsonFields.array;
import static org.crepituslab.quiz.progress.JsonFields.need;
import static org.crepituslab.quiz.progress.JsonFields.num;
import static org.crepituslab.quiz.progress.JsonFields.object;
import static org.crepituslab.quiz.progress.JsonFields.strings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.crepituslab.quiz.model.AnswerRecord;
import org.crepituslab.quiz.model.BankProgress;
import org.crepituslab.quiz.model.FeedbackMode;
import org.crepituslab.quiz.model.Progress;
import org.crepituslab.quiz.model.QuestionStats;
import org.crepituslab.quiz.model.QuizMode;
import org.crepituslab.quiz.model.QuizSetup;
import org.crepituslab.quiz.model.SessionSnapshot;
import org.crepituslab.quiz.model.Fsrs;
import org.crepituslab.quiz.model.Sm2;

/**
 * The progress file's JSON. Reading is strict: anything missing or of the wrong kind makes the
 * whole file unreadable (an IOException naming the field), so a damaged file is moved aside
 * rather than half-trusted.
 */
final class ProgressJson {
    static final int VERSION = 1;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ProgressJson() {
    }

    static byte[] write(Progress p) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("version", VERSION);
        ObjectNode banks = root.putObject("banks");
        for (String bankId : p.banks().keySet().stream().sorted().toList()) {
            BankProgress bp = p.banks().get(bankId);
            ObjectNode b = banks.putObject(bankId);
            ObjectNode qs = b.putObject("questions");
            for (String qid : bp.questions().keySet().stream().sorted().toList()) {
                QuestionStats s = bp.questions().get(qid);
                ObjectNode q = qs.putObject(qid);
                q.put("attempts", s.attempts()).put("correct", s.correct()).put("lastScore", s.lastScore())
                        .put("lastAnsweredAt", s.lastAnsweredAt());
                q.putObject("card").put("scheduler", "fsrs-6").put("stability", s.card().stability())
                        .put("difficulty", s.card().difficulty()).put("reps", s.card().reps())
                        .put("lastReview", s.card().lastReview()).put("dueAt", s.card().dueAt());
            }
            if (bp.unfinished() != null) {
                snapshot(b.putObject("unfinished"), bp.unfinished());
            }
        }
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root).getBytes(StandardCharsets.UTF_8);
    }

    private static void snapshot(ObjectNode o, SessionSnapshot s) {
        o.put("bankId", s.bankId());
        ObjectNode setup = o.putObject("setup");
        addAll(setup.putArray("topics"), s.setup().topics());
        setup.put("count", s.setup().count()).put("mode", s.setup().mode().id())
                .put("feedback", s.setup().feedback().id()).put("seed", s.setup().seed());
        addAll(o.putArray("planned"), s.planned());
        addAll(o.putArray("queue"), s.queue());
        ArrayNode answers = o.putArray("answers");
        for (AnswerRecord a : s.answers()) {
            ObjectNode r = answers.addObject();
            r.put("questionId", a.questionId());
            addAll(r.putArray("topics"), a.topics());
            ResponseJson.write(r.putObject("response"), a.response());
            r.put("answerText", a.answerText()).put("score", a.score()).put("answeredAt", a.answeredAt())
                    .put("millisTaken", a.millisTaken()).put("attempt", a.attempt());
        }
        ObjectNode repeats = o.putObject("repeats");
        s.repeats().forEach(repeats::put);
    }

    private static void addAll(ArrayNode a, List<String> values) {
        values.forEach(a::add);
    }

    static Progress read(byte[] bytes) throws IOException {
        JsonNode root;
        try {
            root = MAPPER.readTree(bytes);
        } catch (IOException e) {
            throw new IOException("not valid JSON (" + e.getClass().getSimpleName() + ")");
        }
        if (root == null || !root.isObject()) {
            throw new IOException("empty or not a JSON object");
        }
        if (need(root, "version").asInt() != VERSION) {
            throw new IOException("unknown version " + root.get("version"));
        }
        Map<String, BankProgress> banks = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = object(root, "banks").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Map<String, QuestionStats> stats = new HashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> qs = object(e.getValue(), "questions").fields(); qs.hasNext(); ) {
                Map.Entry<String, JsonNode> q = qs.next();
                JsonNode c = object(q.getValue(), "card");
                stats.put(q.getKey(), new QuestionStats(need(q.getValue(), "attempts").asInt(),
                        need(q.getValue(), "correct").asInt(), num(q.getValue(), "lastScore"),
                        need(q.getValue(), "lastAnsweredAt").asLong(),
                        card(c)));
            }
            JsonNode u = e.getValue().get("unfinished");
            banks.put(e.getKey(), new BankProgress(stats, u == null || u.isNull() ? null : snapshot(u)));
        }
        return new Progress(banks);
    }

    /** An FSRS card, or an SM-2 card saved by an older version, migrated (its progress is kept). */
    private static Fsrs.Card card(JsonNode c) throws IOException {
        if (c.has("stability")) {
            return new Fsrs.Card(num(c, "stability"), num(c, "difficulty"), need(c, "reps").asInt(),
                    need(c, "lastReview").asLong(), need(c, "dueAt").asLong());
        }
        return Fsrs.fromSm2(new Sm2.Card(need(c, "repetitions").asInt(), num(c, "intervalDays"), num(c, "easiness"),
                need(c, "dueAt").asLong()));
    }

    private static SessionSnapshot snapshot(JsonNode o) throws IOException {
        JsonNode s = object(o, "setup");
        QuizMode mode = QuizMode.fromId(need(s, "mode").asText());
        FeedbackMode feedback = FeedbackMode.fromId(need(s, "feedback").asText());
        if (mode == null || feedback == null) {
            throw new IOException("unknown mode or feedback in the saved quiz");
        }
        int count = need(s, "count").asInt();
        if (count < 1) {
            throw new IOException("saved quiz has no questions");
        }
        QuizSetup setup = new QuizSetup(strings(s, "topics"), count, mode, feedback, need(s, "seed").asLong());
        List<AnswerRecord> answers = new ArrayList<>();
        for (JsonNode a : array(o, "answers")) {
            answers.add(new AnswerRecord(need(a, "questionId").asText(), strings(a, "topics"),
                    ResponseJson.read(object(a, "response")), need(a, "answerText").asText(), num(a, "score"),
                    need(a, "answeredAt").asLong(), need(a, "millisTaken").asLong(), need(a, "attempt").asInt()));
        }
        Map<String, Integer> repeats = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = object(o, "repeats").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            repeats.put(e.getKey(), e.getValue().asInt());
        }
        return new SessionSnapshot(need(o, "bankId").asText(), setup, strings(o, "planned"), strings(o, "queue"),
                answers, repeats);
    }
}
