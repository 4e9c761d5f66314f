package org.crepituslab.classroom.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.crepituslab.classroom.ClassroomText;
import org.crepituslab.classroom.io.SessionSaver;
import org.crepituslab.classroom.model.ClassQuestions;
import org.crepituslab.classroom.model.ClassSession;
import org.crepituslab.classroom.model.SessionEvent;
import org.crepituslab.classroom.server.BindAddress;
import org.crepituslab.classroom.server.ClassServer;
import org.crepituslab.framework.cli.CliArgs;
import org.crepituslab.framework.cli.ExitCodes;
import org.crepituslab.framework.cli.UsageException;
import org.crepituslab.quiz.model.Bank;

/**
 * {@code classroom load}: a server on loopback (saving to a temporary folder, as a real session
 * saves) and n simulated students who join, keep an event stream open, and for each question read
 * it and answer at a random moment within {@value #THINK_MILLIS} ms of it opening. The latency is
 * from just before an answer is sent to the moment the session's count (what the projector shows)
 * includes it; both ends are in this process, on one clock.
 */
final class LoadRun {
    static final long THINK_MILLIS = 2000;
    private static final long QUESTION_TIMEOUT_SECONDS = 30;
    private static final long SEED = 20;

    private final Map<String, Long> sentAt = new ConcurrentHashMap<>();
    private final Map<String, Long> countedAt = new ConcurrentHashMap<>();
    private final Map<String, Long> ackAt = new ConcurrentHashMap<>();
    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicInteger accepted = new AtomicInteger();
    private final AtomicInteger finished = new AtomicInteger();
    private final Set<String> started = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService think = Executors.newScheduledThreadPool(2, daemon("classroom-load-think"));
    private final ExecutorService io = Executors.newFixedThreadPool(4, daemon("classroom-load-http"));
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(io)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private String base;
    private String teacher;

    int run(CliArgs args, PrintStream out, PrintStream err) throws Exception {
        args.allowOnly(Set.of("students", "questions"));
        args.required("students");
        int n = args.integer("students", 0, 1, ClassSession.MAX_STUDENTS);
        int q = args.integer("questions", 5, 1, 20);
        ClassroomText text = ClassroomText.of(Locale.ENGLISH);
        Bank bank = SessionSetup.bank("builtin", text);
        var chosen = ClassQuestions.first(bank, q, SEED);
        if (chosen.size() < q) {
            throw new UsageException("--questions: the built-in bank has only " + chosen.size() + " that fit");
        }
        ClassSession session = SessionSetup.fresh(bank, chosen, SEED, text);
        session.events().addListener(e -> {
            if (e.kind() == SessionEvent.Kind.ANSWERED) {
                countedAt.putIfAbsent(e.index() + ":" + e.token(), System.nanoTime());
            }
        });
        Path dir = Files.createTempDirectory("crepitus-classroom-load");
        InetAddress loopback = InetAddress.getLoopbackAddress();
        try (SessionSaver saver = new SessionSaver(session, dir.resolve("results.csv"), err::println);
             ClassServer server = ClassServer.start(session, new BindAddress(loopback, loopback, null), 0, text,
                     saver::savedThrough)) {
            base = server.url();
            teacher = server.teacherToken();
            List<SimulatedStudent> students = join(session.code(), n);
            students.forEach(this::listen);
            waitFor(() -> server.openStreams() >= n, 30);
            for (int i = 0; i < q; i++) {
                finished.set(0);
                teacher("next");
                waitFor(() -> finished.get() >= n, QUESTION_TIMEOUT_SECONDS);
                teacher("reveal");
            }
            teacher("end");
            server.awaitStop(10, TimeUnit.SECONDS);
            out.println("students=" + n + " questions=" + q + " joined=" + students.size() + " streams=" + n);
            report(out);
        } finally {
            think.shutdownNow();
            io.shutdownNow();
            deleteAll(dir);
        }
        return lost() == 0 ? ExitCodes.OK : ExitCodes.FAILED;
    }

    private int lost() {
        return sent.get() - countedAt.size();
    }

    private void report(PrintStream out) {
        List<Long> toCount = new ArrayList<>();
        List<Long> toAck = new ArrayList<>();
        sentAt.forEach((key, t0) -> {
            Long t1 = countedAt.get(key);
            if (t1 != null) {
                toCount.add(t1 - t0);
            }
            Long t2 = ackAt.get(key);
            if (t2 != null) {
                toAck.add(t2 - t0);
            }
        });
        Percentiles p = new Percentiles(toCount);
        Percentiles a = new Percentiles(toAck);
        out.println("sent=" + sent.get() + " accepted=" + accepted.get() + " lost=" + lost());
        out.println(String.format(Locale.ROOT, "p50_ms=%.1f p99_ms=%.1f (answer sent -> projector count updated)",
                p.millis(50), p.millis(99)));
        out.println(String.format(Locale.ROOT, "ack_p50_ms=%.1f ack_p99_ms=%.1f (answer sent -> 202 after the save)",
                a.millis(50), a.millis(99)));
    }

    private List<SimulatedStudent> join(String code, int n) throws Exception {
        List<SimulatedStudent> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String body = "{\"code\":\"" + code + "\",\"name\":\"student-" + (i + 1) + "\"}";
            HttpResponse<String> r = http.send(post("api/join", body).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IOException("join " + (i + 1) + " refused: " + r.statusCode() + " " + r.body());
            }
            out.add(new SimulatedStudent(SimulatedStudent.parse(r.body()).path("token").asText(), SEED + i));
        }
        return out;
    }

    /** Opens the student's event stream; each "open" message schedules one answer to that question. */
    private void listen(SimulatedStudent s) {
        HttpRequest req = HttpRequest.newBuilder(URI.create(base + "api/events?token=" + s.token))
                .header("Accept", "text/event-stream").GET().build();
        http.sendAsync(req, HttpResponse.BodyHandlers.fromLineSubscriber(new Flow.Subscriber<String>() {
            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(String line) {
                if (line.startsWith("data:")) {
                    onEvent(s, SimulatedStudent.parse(line.substring("data:".length())));
                }
            }

            @Override
            public void onError(Throwable failure) {
                // the stream closes when the session ends
            }

            @Override
            public void onComplete() {
                // likewise
            }
        }));
    }

    private void onEvent(SimulatedStudent s, JsonNode e) {
        if (!e.path("state").asText().equals("open") || !started.add(e.path("number").asInt() + ":" + s.token)) {
            return;
        }
        long delay = new Random(s.token.hashCode() * 31L + e.path("number").asInt()).nextInt((int) THINK_MILLIS);
        think.schedule(() -> answer(s), delay, TimeUnit.MILLISECONDS);
    }

    private void answer(SimulatedStudent s) {
        HttpRequest get = HttpRequest.newBuilder(URI.create(base + "api/question?token=" + s.token)).GET().build();
        http.sendAsync(get, HttpResponse.BodyHandlers.ofString()).thenCompose(r -> {
            JsonNode q = SimulatedStudent.parse(r.body());
            String key = (q.path("number").asInt() - 1) + ":" + s.token;
            String body = s.answerBody(q);
            sent.incrementAndGet();
            sentAt.put(key, System.nanoTime());
            return http.sendAsync(post("api/answer", body).build(), HttpResponse.BodyHandlers.ofString())
                    .thenAccept(a -> {
                        if (a.statusCode() == 202) {
                            ackAt.put(key, System.nanoTime());
                            accepted.incrementAndGet();
                        }
                    });
        }).whenComplete((x, failure) -> finished.incrementAndGet());
    }

    private void teacher(String action) throws Exception {
        HttpResponse<String> r = http.send(post("api/teacher/" + action, "").header("X-Teacher-Token", teacher).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IOException("teacher " + action + ": " + r.statusCode() + " " + r.body());
        }
    }

    private HttpRequest.Builder post(String path, String body) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static void waitFor(BooleanSupplier done, long seconds) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!done.getAsBoolean() && System.nanoTime() < end) {
            Thread.sleep(20);
        }
    }

    private static ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    private static void deleteAll(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
