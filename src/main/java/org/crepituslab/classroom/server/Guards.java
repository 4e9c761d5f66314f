package org.crepituslab.classroom.server;

import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.crepituslab.classroom.model.ClassSession;
import org.crepituslab.classroom.model.Student;

/**
 * Who may do what, and how often. Per address: a flood limit on every request, a limit on joins,
 * and "strikes" for refused attempts (a wrong code, an unknown token, a wrong teacher token): after
 * {@value #STRIKES} of them the address may not join (or call teacher endpoints) for a while. Per student token: a limit on requests. Teacher
 * endpoints answer only this machine, and only with the teacher token.
 */
final class Guards {
    static final int STRIKES = 20;
    static final String TEACHER_HEADER = "X-Teacher-Token";
    /** A whole class behind one address (a school's network) still gets in at once. */
    private final RateLimiter perAddress = new RateLimiter(5000, 1000);
    private final RateLimiter joins = new RateLimiter(600, 10);
    private final RateLimiter strikes = new RateLimiter(STRIKES, 1 / 3.0);
    private final RateLimiter perStudent = new RateLimiter(20, 5);
    private final ClassSession session;
    private final byte[] teacherToken;

    Guards(ClassSession session, String teacherToken) {
        this.session = session;
        this.teacherToken = teacherToken.getBytes(StandardCharsets.UTF_8);
    }

    void request(Context ctx) {
        if (!perAddress.allow(ctx.ip())) {
            throw new ApiError(429, "too many requests; slow down");
        }
    }

    void join(Context ctx) {
        notBlocked(ctx);
        if (!joins.allow(ctx.ip())) {
            throw new ApiError(429, "too many joins from this address; wait a moment");
        }
    }

    private void notBlocked(Context ctx) {
        if (!strikes.hasLeft(ctx.ip())) {
            throw new ApiError(429, "too many refused attempts from this address; wait a minute");
        }
    }

    /** A refusal that counts against the address. */
    ApiError strike(Context ctx, int status, String reason) {
        strikes.allow(ctx.ip());
        return new ApiError(status, reason);
    }

    /**
     * A student's request: tokens cannot be guessed, so refused tokens count as strikes (against
     * joins and teacher calls) but do not lock out the other students behind the same address.
     */
    Student student(Context ctx, String token) {
        if (token == null || token.isEmpty()) {
            throw new ApiError(400, "\"token\" is missing");
        }
        Student s = session.student(token).orElseThrow(() -> strike(ctx, 403, "unknown token: join first"));
        if (!perStudent.allow(token)) {
            throw new ApiError(429, "too many requests; slow down");
        }
        return s;
    }

    /** The teacher's request: the right token is never locked out by other clients' strikes. */
    void teacher(Context ctx) {
        if (!fromThisMachine(ctx.ip())) {
            throw strike(ctx, 403, "teacher endpoints answer only the teacher's machine");
        }
        String given = ctx.header(TEACHER_HEADER);
        if (given == null || !MessageDigest.isEqual(teacherToken, given.getBytes(StandardCharsets.UTF_8))) {
            notBlocked(ctx);
            throw strike(ctx, 403, "wrong or missing " + TEACHER_HEADER);
        }
    }

    private static boolean fromThisMachine(String ip) {
        try {
            return BindAddress.isLocal(InetAddress.getByName(ip));
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
