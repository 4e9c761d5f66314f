package org.crepituslab.quiz.progress;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Reading a required field of a JSON object, with a message naming the field when it is missing or of the wrong kind. */
final class JsonFields {
    private JsonFields() {
    }

    static JsonNode need(JsonNode o, String field) throws IOException {
        JsonNode n = o.get(field);
        if (n == null || n.isNull() || n.isContainerNode()) {
            throw new IOException("missing or wrong field \"" + field + "\"");
        }
        return n;
    }

    static double num(JsonNode o, String field) throws IOException {
        JsonNode n = need(o, field);
        if (!n.isNumber()) {
            throw new IOException("field \"" + field + "\" is not a number");
        }
        return n.asDouble();
    }

    static JsonNode object(JsonNode o, String field) throws IOException {
        JsonNode n = o.get(field);
        if (n == null || !n.isObject()) {
            throw new IOException("missing object \"" + field + "\"");
        }
        return n;
    }

    static JsonNode array(JsonNode o, String field) throws IOException {
        JsonNode n = o.get(field);
        if (n == null || !n.isArray()) {
            throw new IOException("missing list \"" + field + "\"");
        }
        return n;
    }

    static List<String> strings(JsonNode o, String field) throws IOException {
        List<String> out = new ArrayList<>();
        for (JsonNode n : array(o, field)) {
            if (!n.isTextual()) {
                throw new IOException("list \"" + field + "\" holds a non-string");
            }
            out.add(n.asText());
        }
        return out;
    }
}
