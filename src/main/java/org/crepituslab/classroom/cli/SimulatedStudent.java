package org.crepituslab.classroom.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** One simulated student of the load test: what a phone would send for a question, chosen at random. */
final class SimulatedStudent {
    private static final ObjectMapper JSON = new ObjectMapper();
    final String token;
    private final Random random;

    SimulatedStudent(String token, long seed) {
        this.token = token;
        this.random = new Random(seed);
    }

    /** A valid answer body for the question as {@code GET /api/question} showed it. */
    synchronized String answerBody(JsonNode question) {
        ObjectNode body = JSON.createObjectNode();
        body.put("token", token).put("questionId", question.path("id").asText());
        List<String> ids = new ArrayList<>();
        question.path("choices").forEach(c -> ids.add(c.path("id").asText()));
        switch (question.path("type").asText()) {
            case "numeric" -> body.put("answer", Math.round(random.nextDouble() * 100));
            case "multiple" -> {
                ArrayNode a = body.putArray("answer");
                Collections.shuffle(ids, random);
                ids.subList(0, 1 + random.nextInt(ids.size())).forEach(a::add);
            }
            case "ordering" -> {
                ArrayNode a = body.putArray("answer");
                Collections.shuffle(ids, random);
                ids.forEach(a::add);
            }
            default -> body.put("answer", ids.get(random.nextInt(ids.size())));
        }
        return body.toString();
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            return JSON.createObjectNode();
        }
    }
}
