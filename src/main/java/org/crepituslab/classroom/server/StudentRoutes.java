package org.crepituslab.classroom.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongFunction;
import org.crepituslab.classroom.model.AnswerOutcome;
import org.crepituslab.classroom.model.ClassQuestion;
import org.crepituslab.classroom.model.ClassSession;
import org.crepituslab.classroom.model.JoinOutcome;
import org.crepituslab.quiz.model.Response;

/** The students' endpoints: join, the current question, an answer, the event stream. */
final class StudentRoutes {
    private final ClassSession session;
    private final Guards guards;
    private final EventStreams streams;
    /** Completes when the session's state up to a version is saved (at once when nothing is saved). */
    private final LongFunction<CompletableFuture<Void>> saved;

    StudentRoutes(ClassSession session, Guards guards, EventStreams streams, LongFunction<CompletableFuture<Void>> saved) {
        this.session = session;
        this.guards = guards;
        this.streams = streams;
        this.saved = saved;
    }

    void register(RoutesConfig r) {
        r.post("/api/join", this::join);
        r.get("/api/question", this::question);
        r.post("/api/answer", this::answer);
        r.before("/api/events", ctx -> {
            guards.student(ctx, ctx.queryParam("token"));
            if (streams.full()) {
                throw new ApiError(503, "too many open event streams");
            }
        });
        r.sse("/api/events", client -> streams.add(client, Json.string(QuestionJson.event(session))));
    }

    private void join(Context ctx) {
        guards.join(ctx);
        JsonNode body = Json.body(ctx);
        String code = Json.text(body, "code");
        String name = Json.text(body, "name");
        JoinOutcome o = session.join(code, name);
        switch (o.kind()) {
            case JOINED -> Json.send(ctx, 200, Map.of("token", o.token()));
            case WRONG_CODE -> throw guards.strike(ctx, 403, "wrong code");
            case BAD_NAME -> throw new ApiError(400, "a nickname has 1 to 24 characters and no control characters");
            case NAME_TAKEN -> throw new ApiError(409, "that nickname is taken; choose another");
            case FULL -> throw new ApiError(409, "the session is full");
            case ENDED -> throw new ApiError(409, "the session has ended");
            default -> throw new IllegalStateException(o.kind().toString());
        }
    }

    private void question(Context ctx) {
        String token = ctx.queryParam("token");
        guards.student(ctx, token);
        Json.send(ctx, 200, QuestionJson.forStudent(session, token));
    }

    private void answer(Context ctx) {
        JsonNode body = Json.body(ctx);
        String token = Json.text(body, "token");
        guards.student(ctx, token);
        String questionId = Json.text(body, "questionId");
        ClassQuestion q = session.question(questionId)
                .orElseThrow(() -> new ApiError(404, "no question of this session has that id"));
        Response r = AnswerJson.parse(q, body.get("answer"));
        AnswerOutcome outcome = session.answer(token, questionId, r);
        switch (outcome) {
            case ACCEPTED, REPLACED -> {
                long version = session.version();
                ctx.future(() -> saved.apply(version).thenRun(() ->
                        Json.send(ctx, 202, Map.of("status", outcome == AnswerOutcome.ACCEPTED ? "accepted" : "replaced"))));
            }
            case CLOSED -> throw new ApiError(409, "this question is not open for answers");
            case UNKNOWN_QUESTION -> throw new ApiError(404, "no question of this session has that id");
            case UNKNOWN_STUDENT -> throw guards.strike(ctx, 403, "unknown token: join first");
            default -> throw new IllegalStateException(outcome.toString());
        }
    }
}
