package org.crepituslab.classroom.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;

/**
 * JSON in and out with one mapper. Bodies are parsed here rather than by Javalin's mapper, so that
 * malformed JSON and wrong types are a 400 with a reason, never a 500.
 */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    /** The request body as a JSON object, or a 400. */
    static JsonNode body(Context ctx) {
        String text = ctx.body();
        JsonNode n;
        try {
            n = text.isBlank() ? null : MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new ApiError(400, "the body is not valid JSON");
        }
        if (n == null || !n.isObject()) {
            throw new ApiError(400, "the body must be a JSON object");
        }
        return n;
    }

    /** A string field of the body, or a 400 naming it. */
    static String text(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            throw new ApiError(400, "\"" + field + "\" is missing");
        }
        if (!v.isTextual()) {
            throw new ApiError(400, "\"" + field + "\" must be a string");
        }
        return v.textValue();
    }

    static void send(Context ctx, int status, Object value) {
        try {
            ctx.status(status).contentType("application/json; charset=utf-8").result(MAPPER.writeValueAsBytes(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String string(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
