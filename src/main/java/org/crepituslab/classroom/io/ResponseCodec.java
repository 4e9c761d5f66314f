package org.crepituslab.classroom.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.crepituslab.quiz.model.Response;

/** The kinds of answer a class gives, as JSON in the saved session ({"kind": ..., "value": ...}). */
final class ResponseCodec {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private ResponseCodec() {
    }

    static JsonNode write(Response r) {
        ObjectNode n = JSON.objectNode();
        if (r instanceof Response.Pick p) {
            n.put("kind", "pick").put("value", p.choiceId());
        } else if (r instanceof Response.Picks p) {
            n.put("kind", "picks");
            p.choiceIds().stream().sorted().forEach(n.putArray("value")::add);
        } else if (r instanceof Response.Verdict v) {
            n.put("kind", "verdict").put("value", v.value());
        } else if (r instanceof Response.Number x) {
            n.put("kind", "number").put("value", x.value());
        } else if (r instanceof Response.Order o) {
            n.put("kind", "order");
            o.itemIds().forEach(n.putArray("value")::add);
        } else {
            throw new IllegalArgumentException("not a class answer: " + r);
        }
        return n;
    }

    static Response read(JsonNode n) throws IOException {
        JsonNode v = n.path("value");
        return switch (n.path("kind").asText()) {
            case "pick" -> new Response.Pick(v.asText());
            case "picks" -> new Response.Picks(new HashSet<>(strings(v)));
            case "verdict" -> new Response.Verdict(v.asBoolean());
            case "number" -> new Response.Number(v.asDouble());
            case "order" -> new Response.Order(strings(v));
            default -> throw new IOException("unknown answer kind " + n.path("kind"));
        };
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(e -> out.add(e.asText()));
        return out;
    }

}
