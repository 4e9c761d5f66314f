package org.crepituslab.classroom.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.crepituslab.app.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code classroom serve} and {@code classroom load}: flags, printed lines, exit codes. */
class ClassroomCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path dir;

    private static int run(ByteArrayOutputStream out, ByteArrayOutputStream err, String... argv) {
        return Cli.run(argv, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void servePrintsUrlCodeAndTeacherFirstAndRunsUntilEnded() throws Exception {
        Path csv = dir.resolve("class.csv");
        PipedLines out = new PipedLines();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> Cli.run(new String[] {"classroom", "serve",
                "--bank=builtin", "--questions=2", "--bind=127.0.0.1", "--port=0", "--seed=3", "--results=" + csv},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)));
        List<String> first = out.awaitLines(4, 20);
        assertTrue(first.get(0).matches("url=http://127\\.0\\.0\\.1:\\d+/"), first.get(0));
        assertTrue(first.get(1).matches("code=[A-Z2-9]{6}"), first.get(1));
        assertTrue(first.get(2).matches("teacher=[A-Za-z0-9_-]{22}"), first.get(2));
        assertEquals("results=" + csv.toAbsolutePath(), first.get(3));
        String url = first.get(0).substring(4);
        String teacher = first.get(2).substring(8);
        HttpClient http = HttpClient.newHttpClient();
        String token = JSON.readTree(post(http, url + "api/join", "{\"code\":\"" + first.get(1).substring(5)
                + "\",\"name\":\"=HYPERLINK(1)\"}", null).body()).get("token").asText();
        assertEquals(200, post(http, url + "api/teacher/next", "", teacher).statusCode());
        var q = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(url + "api/question?token=" + token)).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        String answer = q.get("type").asText().equals("numeric") ? "1"
                : q.get("type").asText().equals("multiple") || q.get("type").asText().equals("ordering")
                ? "[\"" + q.get("choices").get(0).get("id").asText() + "\"]"
                : "\"" + q.get("choices").get(0).get("id").asText() + "\"";
        post(http, url + "api/answer", "{\"token\":\"" + token + "\",\"questionId\":\"" + q.get("id").asText()
                + "\",\"answer\":" + answer + "}", null);
        assertEquals(200, post(http, url + "api/teacher/end", "", teacher).statusCode());
        assertEquals(0, exit.get(20, TimeUnit.SECONDS), err.toString());
        List<String> rows = Files.readAllLines(csv);
        assertEquals("question_number,question_id,type,student,answer,score,answered_at", rows.get(0));
        assertTrue(rows.size() <= 2 && (rows.size() == 1 || rows.get(1).contains(",'=HYPERLINK(1),")), rows.toString());
    }

    private static HttpResponse<String> post(HttpClient http, String url, String body, String teacher) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.ofString(body));
        if (teacher != null) {
            b.header("X-Teacher-Token", teacher);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void badFlagsAreUsageErrors() {
        String[][] bad = {{"classroom", "serve"}, {"classroom", "serve", "--bank=builtin", "--colour=red"},
                {"classroom", "serve", "--bank=builtin", "--questions=no-such-id"},
                {"classroom", "serve", "--bank=builtin", "--port=70000"},
                {"classroom", "serve", "--bank=builtin", "--bind=10.255.255.254"},
                {"classroom", "load"}, {"classroom", "load", "--students=0"}, {"classroom", "load", "--students=501"},
                {"classroom", "teach"}, {"classroom"}};
        for (String[] argv : bad) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            assertEquals(2, run(new ByteArrayOutputStream(), err, argv), String.join(" ", argv) + ": " + err);
            assertTrue(err.toString().contains("Usage: crepitus-lab classroom"), err.toString());
        }
    }

    @Test
    void loadReportsSentAcceptedLostAndLatency() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(0, run(out, err, "classroom", "load", "--students=20", "--questions=2"), err.toString());
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("sent=40 accepted=40 lost=0"), text);
        assertTrue(text.matches("(?s).*p50_ms=\\d+\\.\\d p99_ms=\\d+\\.\\d .*"), text);
    }

    /** Standard output that a test can read line by line while the command still runs. */
    private static final class PipedLines extends OutputStream {
        private final StringBuilder text = new StringBuilder();

        @Override
        public synchronized void write(int b) {
            text.append((char) b);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            text.append(new String(b, off, len, StandardCharsets.UTF_8));
        }

        List<String> awaitLines(int n, int seconds) throws InterruptedException {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            while (System.nanoTime() < end) {
                synchronized (this) {
                    List<String> lines = text.toString().lines().toList();
                    if (lines.size() >= n) {
                        return lines;
                    }
                }
                Thread.sleep(50);
            }
            throw new AssertionError("fewer than " + n + " lines: " + text);
        }
    }
}
