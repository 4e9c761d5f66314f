package org.crepituslab.classroom.server;

import io.javalin.Javalin;
import io.javalin.plugin.bundled.GlobalHeadersConfig;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.LongFunction;
import org.crepituslab.classroom.ClassroomText;
import org.crepituslab.classroom.model.ClassSession;
import org.crepituslab.classroom.model.SessionEvent;
import org.crepituslab.classroom.model.SessionState;
import org.crepituslab.classroom.model.Secrets;

/**
 * The web server of one class session: started by the teacher, bound to one address, stopped when
 * the session ends (after a moment, so every phone hears that it ended) or when the app closes.
 */
public final class ClassServer implements AutoCloseable {
    /** The largest request body accepted: a join or an answer is far smaller. */
    public static final long MAX_BODY_BYTES = 4096;
    public static final String CSP = "default-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
    /** Time for the last "ended" message to reach the phones before the server stops. */
    private static final long END_GRACE_MILLIS = 1000;
    private static final int STOP_TIMEOUT_MILLIS = 2000;

    private final ClassSession session;
    private final Javalin app;
    private final BindAddress bind;
    private final String teacherToken;
    private final EventStreams streams = new EventStreams();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final Runnable unsubscribe;
    private final Thread shutdownHook;
    private volatile boolean stopping;

    private ClassServer(ClassSession session, BindAddress bind, int port, ClassroomText text,
                        LongFunction<CompletableFuture<Void>> saved) {
        this.session = session;
        this.bind = bind;
        this.teacherToken = Secrets.token();
        quietLogging();
        Guards guards = new Guards(session, teacherToken);
        StudentPage page = new StudentPage(text);
        StudentRoutes students = new StudentRoutes(session, guards, streams, saved);
        TeacherRoutes teacher = new TeacherRoutes(session, guards);
        app = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.startup.showOldJavalinVersionWarning = false;
            c.http.maxRequestSize = MAX_BODY_BYTES;
            c.http.prefer405over404 = true;
            c.jetty.modifyServer(s -> s.setStopTimeout(STOP_TIMEOUT_MILLIS));
            c.bundledPlugins.enableGlobalHeaders(h -> {
                h.contentSecurityPolicy(CSP);
                h.xContentTypeOptionsNoSniff();
                h.xFrameOptions(GlobalHeadersConfig.XFrameOptions.DENY);
            });
            c.events.serverStopping(streams::closeAll);
            c.routes.exception(ApiError.class, (e, ctx) -> Json.send(ctx, e.status(), Map.of("error", e.getMessage())));
            c.routes.before("/api/*", guards::request);
            c.routes.get("/", page::html);
            c.routes.get("/app.js", page::script);
            c.routes.get("/app.css", page::style);
            students.register(c.routes);
            teacher.register(c.routes);
        });
        try {
            app.start(bind.listen().getHostAddress(), port);
        } catch (RuntimeException e) {
            streams.closeAll();
            throw e;
        }
        unsubscribe = session.events().addListener(this::onEvent);
        shutdownHook = new Thread(this::stopNow, "classroom-stop");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Starts the server; {@code port} 0 picks a free one. */
    public static ClassServer start(ClassSession session, BindAddress bind, int port, ClassroomText text,
                                    LongFunction<CompletableFuture<Void>> saved) {
        return new ClassServer(session, bind, port, text, saved);
    }

    /**
     * Javalin and Jetty log through SLF4J's simple binding: warnings only, and for Javalin errors
     * only (it warns about every oversized body a client sends, which is the client's problem and
     * already answered with a 413), so the console stays the command's.
     */
    private static void quietLogging() {
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        if (System.getProperty("org.slf4j.simpleLogger.log.io.javalin") == null) {
            System.setProperty("org.slf4j.simpleLogger.log.io.javalin", "error");
        }
    }

    private void onEvent(SessionEvent e) {
        if (e.kind() != SessionEvent.Kind.STATE) {
            return;
        }
        streams.broadcast(Json.string(QuestionJson.event(session)));
        if (e.state() == SessionState.ENDED) {
            Thread t = new Thread(() -> {
                try {
                    Thread.sleep(END_GRACE_MILLIS);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                }
                close();
            }, "classroom-end");
            t.setDaemon(true);
            t.start();
        }
    }

    public int port() {
        return app.port();
    }

    /** The address students open, e.g. http://192.168.1.20:8765/ . */
    public String url() {
        return "http://" + bind.urlHost() + ":" + port() + "/";
    }

    public BindAddress bind() {
        return bind;
    }

    /** The teacher's token: printed by the command line on this machine, never sent to a student. */
    public String teacherToken() {
        return teacherToken;
    }

    public int openStreams() {
        return streams.size();
    }

    /** Waits until the server has stopped (the session ended, or {@link #close}); false on timeout. */
    public boolean awaitStop(long timeout, TimeUnit unit) throws InterruptedException {
        return stopped.await(timeout, unit);
    }

    public boolean isStopped() {
        return stopped.getCount() == 0;
    }

    private void stopNow() {
        synchronized (this) {
            if (stopping) {
                return;
            }
            stopping = true;
        }
        unsubscribe.run();
        try {
            app.stop();
        } finally {
            streams.closeAll();
            stopped.countDown();
        }
    }

    @Override
    public void close() {
        stopNow();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running or has run: nothing to undo
        }
    }
}
