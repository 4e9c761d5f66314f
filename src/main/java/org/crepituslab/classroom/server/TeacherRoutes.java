package org.crepituslab.classroom.server;

import io.javalin.config.RoutesConfig;
import java.util.Map;
import org.crepituslab.classroom.model.ClassSession;

/** The teacher's endpoints (for scripts and the command line; the projector calls the session directly). */
final class TeacherRoutes {
    private final ClassSession session;
    private final Guards guards;

    TeacherRoutes(ClassSession session, Guards guards) {
        this.session = session;
        this.guards = guards;
    }

    void register(RoutesConfig r) {
        r.before("/api/teacher/*", guards::teacher);
        r.post("/api/teacher/next", ctx -> {
            session.next();
            Json.send(ctx, 200, QuestionJson.event(session));
        });
        r.post("/api/teacher/reveal", ctx -> {
            if (!session.reveal()) {
                throw new ApiError(409, "no question is open");
            }
            Json.send(ctx, 200, QuestionJson.event(session));
        });
        r.get("/api/teacher/results", ctx -> Json.send(ctx, 200, QuestionJson.results(session)));
        r.post("/api/teacher/end", ctx -> {
            session.end();
            Json.send(ctx, 200, Map.of("state", session.state().id()));
        });
    }
}
