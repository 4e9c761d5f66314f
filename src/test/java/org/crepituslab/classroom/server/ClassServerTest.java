package org.crepituslab.classroom.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.crepituslab.classroom.ClassFixtures;
import org.crepituslab.classroom.ClassroomText;
import org.crepituslab.classroom.model.ClassSession;
import org.crepituslab.classroom.model.SessionState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The HTTP contract of issue 20, endpoint by endpoint, and every kind of bad input it lists. */
class ClassServerTest {
    private ClassSession session;
    private ClassServer server;
    private TestClient client;

    @BeforeEach
    void start() {
        session = ClassFixtures.session();
        InetAddress lo = InetAddress.getLoopbackAddress();
        server = ClassServer.start(session, new BindAddress(lo, lo, null), 0, ClassroomText.of(Locale.ENGLISH),
                v -> CompletableFuture.completedFuture(null));
        client = new TestClient(server.url());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String join(String name) throws Exception {
        TestClient.Reply r = client.post("api/join", "{\"code\":\"" + ClassFixtures.CODE + "\",\"name\":\"" + name + "\"}");
        assertEquals(200, r.status(), r.body());
        return r.json().get("token").asText();
    }

    private TestClient.Reply answer(String token, String questionId, String answerJson) throws Exception {
        return client.post("api/answer", "{\"token\":\"" + token + "\",\"questionId\":\"" + questionId
                + "\",\"answer\":" + answerJson + "}");
    }

    private void teacher(String action) throws Exception {
        assertEquals(200, client.teacher("api/teacher/" + action, server.teacherToken(), true).status());
    }

    @Test
    void joinGivesATokenAndRefusesAWrongCode() throws Exception {
        assertFalse(join("ann").isEmpty());
        assertEquals(403, client.post("api/join", "{\"code\":\"ZZZZZZ\",\"name\":\"bob\"}").status());
        assertEquals(400, client.post("api/join", "{\"code\":\"" + ClassFixtures.CODE + "\",\"name\":\""
                + "<img src=x onerror=alert(1)>" + "\"}").status(), "longer than 24 characters");
        assertEquals(409, client.post("api/join", "{\"code\":\"" + ClassFixtures.CODE + "\",\"name\":\"ANN\"}").status());
        assertEquals(1, session.studentCount());
    }

    @Test
    void malformedJsonAndWrongTypesAreA400() throws Exception {
        assertEquals(400, client.post("api/join", "{\"code\":").status());
        assertEquals(400, client.post("api/join", "[1,2]").status());
        assertEquals(400, client.post("api/join", "").status());
        assertEquals(400, client.post("api/join", "{\"code\":123456,\"name\":\"x\"}").status());
        assertEquals(400, client.post("api/join", "{\"code\":\"" + ClassFixtures.CODE + "\",\"name\":[\"x\"]}").status());
        String t = join("ann");
        teacher("next"); // single
        assertEquals(400, answer(t, "q-single", "5").status());
        assertEquals(400, answer(t, "q-single", "\"not-a-choice\"").status());
        assertEquals(400, answer(t, "q-single", "null").status());
        assertEquals(400, client.post("api/answer", "{\"token\":5,\"questionId\":\"q-single\",\"answer\":\"a\"}").status());
        assertEquals(0, session.answerCount());
        assertTrue(client.post("api/answer", "{oops").body().contains("error"));
    }

    @Test
    void eachKindOfAnswerIsAcceptedInItsOwnShape() throws Exception {
        String t = join("ann");
        String[][] good = {{"q-single", "\"b\""}, {"q-multiple", "[\"a\",\"c\"]"}, {"q-truefalse", "true"},
                {"q-numeric", "42"}, {"q-ordering", "[\"x\",\"y\",\"z\"]"}};
        String[][] bad = {{"q-single", "[\"b\"]"}, {"q-multiple", "[\"a\",\"a\"]"}, {"q-truefalse", "\"yes\""},
                {"q-numeric", "\"42\""}, {"q-ordering", "[\"x\",\"y\"]"}};
        for (int i = 0; i < good.length; i++) {
            teacher("next");
            assertEquals(400, answer(t, bad[i][0], bad[i][1]).status(), bad[i][0] + " " + bad[i][1]);
            TestClient.Reply r = answer(t, good[i][0], good[i][1]);
            assertEquals(202, r.status(), good[i][0] + ": " + r.body());
            assertEquals(1.0, session.answerOf(t, good[i][0]).orElseThrow().score(), good[i][0]);
        }
    }

    @Test
    void questionHasNoKeyUntilTheReveal() throws Exception {
        String t = join("ann");
        JsonNode waiting = client.get("api/question?token=" + t).json();
        assertEquals("waiting", waiting.get("state").asText());
        assertTrue(waiting.get("id").isNull());
        teacher("next");
        JsonNode open = client.get("api/question?token=" + t).json();
        assertEquals("q-single", open.get("id").asText());
        assertEquals("single", open.get("type").asText());
        assertEquals("Prompt of q-single", open.get("prompt").asText());
        assertEquals("open", open.get("state").asText());
        assertEquals(Set.of("id", "text"), fields(open.get("choices").get(0)));
        assertFalse(open.toString().contains("correct") || open.toString().contains("Because"), open.toString());
        assertEquals(202, answer(t, "q-single", "\"b\"").status());
        teacher("reveal");
        JsonNode revealed = client.get("api/question?token=" + t).json();
        assertEquals("revealed", revealed.get("state").asText());
        assertEquals("b", revealed.get("reveal").get("correct").get(0).asText());
        assertEquals(1.0, revealed.get("reveal").get("yourScore").asDouble());
    }

    private static Set<String> fields(JsonNode n) {
        Set<String> s = new HashSet<>();
        n.fieldNames().forEachRemaining(s::add);
        return s;
    }

    @Test
    void aSecondAnswerReplacesTheFirstAndAfterTheRevealIsA409() throws Exception {
        String t = join("ann");
        teacher("next");
        assertEquals(202, answer(t, "q-single", "\"a\"").status());
        assertEquals(202, answer(t, "q-single", "\"a\"").status(), "a replayed answer");
        assertEquals(202, answer(t, "q-single", "\"b\"").status());
        assertEquals(1, session.answerCount(), "counted once");
        teacher("reveal");
        assertEquals(409, answer(t, "q-single", "\"a\"").status());
        assertEquals(1.0, session.answerOf(t, "q-single").orElseThrow().score());
        assertEquals(409, client.teacher("api/teacher/reveal", server.teacherToken(), true).status());
    }

    @Test
    void unknownQuestionsAndForeignTokensAreRefused() throws Exception {
        String t = join("ann");
        teacher("next");
        assertEquals(404, answer(t, "no-such-question", "\"a\"").status());
        assertEquals(409, answer(t, "q-numeric", "42").status(), "a question not open now");
        ClassSession other = ClassFixtures.session();
        String foreign = other.join(ClassFixtures.CODE, "eve").token();
        assertEquals(403, answer(foreign, "q-single", "\"a\"").status());
        assertEquals(403, client.get("api/question?token=" + foreign).status());
        assertEquals(400, client.get("api/question").status());
        assertEquals(0, session.answerCount());
    }

    @Test
    void bodiesOver4KbAreA413() throws Exception {
        String t = join("ann");
        teacher("next");
        String big = "{\"token\":\"" + t + "\",\"questionId\":\"q-single\",\"answer\":\"b\",\"pad\":\"" + "x".repeat(5000) + "\"}";
        assertEquals(413, client.post("api/answer", big).status());
        assertEquals(0, session.answerCount());
        assertEquals(202, answer(t, "q-single", "\"b\"").status(), "the server keeps running");
    }

    @Test
    void aThousandJoinAttemptsAreRefusedWithoutHarm() throws Exception {
        String t = join("ann");
        Set<Integer> statuses = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            statuses.add(client.post("api/join", "{\"code\":\"WRONG" + (i % 10) + "\",\"name\":\"bot" + i + "\"}").status());
        }
        assertEquals(Set.of(403, 429), statuses, "wrong codes, then the address must wait");
        assertEquals(429, client.post("api/join", "{\"code\":\"" + ClassFixtures.CODE + "\",\"name\":\"bot\"}").status(),
                "not even the right code gets through after so many wrong ones");
        assertEquals(1, session.studentCount());
        teacher("next");
        assertEquals(202, answer(t, "q-single", "\"b\"").status(), "students who joined carry on");
        assertEquals(200, client.get("").status());
    }

    @Test
    void aThousandJoinsWithTheRightCodeAddOneStudentPerNickname() throws Exception {
        Set<Integer> statuses = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            statuses.add(client.post("api/join", "{\"code\":\"" + ClassFixtures.CODE + "\",\"name\":\"same\"}").status());
        }
        assertTrue(Set.of(200, 409, 429).containsAll(statuses), statuses.toString());
        assertEquals(1, session.studentCount());
    }

    @Test
    void teacherEndpointsNeedTheTeacherToken() throws Exception {
        assertEquals(403, client.teacher("api/teacher/next", null, true).status());
        assertEquals(403, client.teacher("api/teacher/next", "guess", true).status());
        assertEquals(403, client.teacher("api/teacher/results", "guess", false).status());
        assertEquals(SessionState.WAITING, session.state());
        String t = join("<b>ann</b>");
        teacher("next");
        answer(t, "q-single", "\"b\"");
        JsonNode results = client.teacher("api/teacher/results", server.teacherToken(), false).json();
        JsonNode q = results.get("questions").get(0);
        assertEquals("q-single", q.get("id").asText());
        assertEquals(1, q.get("answers").asInt());
        assertEquals(1, q.get("counts").get("b").asInt());
        assertEquals("<b>ann</b>", q.get("students").get(0).get("name").asText());
        assertEquals("Beta", q.get("students").get(0).get("answer").asText());
    }

    @Test
    void theEventStreamAnnouncesQuestionChangesAndEndStopsTheServer() throws Exception {
        String t = join("ann");
        HttpRequest req = HttpRequest.newBuilder(URI.create(server.url() + "api/events?token=" + t))
                .header("Accept", "text/event-stream").GET().build();
        HttpResponse<InputStream> r = client.http().send(req, HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, r.statusCode());
        try (BufferedReader in = new BufferedReader(new InputStreamReader(r.body(), StandardCharsets.UTF_8))) {
            assertTrue(readData(in).contains("\"state\":\"waiting\""));
            teacher("next");
            assertTrue(readData(in).contains("\"id\":\"q-single\""));
            teacher("end");
            assertTrue(readData(in).contains("\"state\":\"ended\""));
        }
        assertTrue(server.awaitStop(10, TimeUnit.SECONDS), "the server stops when the session ends");
    }

    private static String readData(BufferedReader in) throws Exception {
        String line;
        while ((line = in.readLine()) != null) {
            if (line.startsWith("data:")) {
                return line;
            }
        }
        throw new AssertionError("the stream closed");
    }

    @Test
    void eventStreamsNeedAStudentToken() throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(server.url() + "api/events?token=forged"))
                .header("Accept", "text/event-stream").GET().build();
        assertEquals(403, client.http().send(req, HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    @Test
    void everyResponseCarriesTheContentSecurityPolicy() throws Exception {
        for (String path : new String[] {"", "app.js", "app.css", "api/question?token=x"}) {
            TestClient.Reply r = client.get(path);
            assertEquals(ClassServer.CSP, r.raw().headers().firstValue("Content-Security-Policy").orElse(""), path);
        }
        String html = client.get("").body();
        assertFalse(html.contains("http://") || html.contains("https://"), "no third-party resources");
        assertEquals(404, client.get("api/other").status());
        assertEquals(405, client.get("api/join").status());
    }

    @Test
    void thePageIsInTheLanguageTheSessionStartedIn() throws Exception {
        InetAddress lo = InetAddress.getLoopbackAddress();
        try (ClassServer es = ClassServer.start(ClassFixtures.session(), new BindAddress(lo, lo, null), 0,
                ClassroomText.of(Locale.forLanguageTag("es")), v -> CompletableFuture.completedFuture(null))) {
            String html = new TestClient(es.url()).get("").body();
            assertTrue(html.contains("<html lang=\"es\">"), html);
            assertTrue(html.contains("\"heading\":\"Únete a la clase\""), html);
        }
    }
}
