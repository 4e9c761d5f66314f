package org.crepituslab.classroom.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.crepituslab.classroom.model.ClassQuestion;
import org.crepituslab.classroom.model.Option;
import org.crepituslab.quiz.model.Response;

/**
 * The "answer" of {@code POST /api/answer}, checked against the question it answers: a choice id
 * (single, sound, simulation; "true"/"false" or a JSON boolean for a statement), an array of choice
 * ids (multiple), a number (numeric), or every item id once in the chosen order (ordering).
 * Anything else is a 400 naming what was expected.
 */
final class AnswerJson {
    private AnswerJson() {
    }

    static Response parse(ClassQuestion q, JsonNode answer) {
        if (answer == null || answer.isNull() || answer.isMissingNode()) {
            throw bad("\"answer\" is missing");
        }
        return switch (q.type()) {
            case "single", "sound", "simulation" -> new Response.Pick(choice(q, answer));
            case "truefalse" -> new Response.Verdict(verdict(answer));
            case "multiple" -> new Response.Picks(picks(q, answer));
            case "numeric" -> new Response.Number(number(answer));
            case "ordering" -> new Response.Order(order(q, answer));
            default -> throw bad("this question cannot be answered here");
        };
    }

    private static String choice(ClassQuestion q, JsonNode a) {
        if (!a.isTextual()) {
            throw bad("\"answer\" must be a choice id (a string)");
        }
        if (!q.hasOption(a.textValue())) {
            throw bad("\"answer\" is not a choice of this question");
        }
        return a.textValue();
    }

    private static boolean verdict(JsonNode a) {
        if (a.isBoolean()) {
            return a.booleanValue();
        }
        if (a.isTextual() && (a.textValue().equals("true") || a.textValue().equals("false"))) {
            return a.textValue().equals("true");
        }
        throw bad("\"answer\" must be true or false");
    }

    private static Set<String> picks(ClassQuestion q, JsonNode a) {
        List<String> ids = strings(a, "\"answer\" must be an array of choice ids");
        Set<String> set = new HashSet<>(ids);
        if (set.size() != ids.size()) {
            throw bad("\"answer\" names a choice twice");
        }
        if (!ids.stream().allMatch(q::hasOption)) {
            throw bad("\"answer\" names a choice this question does not have");
        }
        return set;
    }

    private static double number(JsonNode a) {
        if (!a.isNumber() || !Double.isFinite(a.doubleValue())) {
            throw bad("\"answer\" must be a number");
        }
        return a.doubleValue();
    }

    private static List<String> order(ClassQuestion q, JsonNode a) {
        List<String> ids = strings(a, "\"answer\" must be an array of item ids");
        Set<String> all = new HashSet<>();
        q.options().stream().map(Option::id).forEach(all::add);
        if (ids.size() != all.size() || !all.equals(new HashSet<>(ids))) {
            throw bad("\"answer\" must name every item exactly once");
        }
        return ids;
    }

    private static List<String> strings(JsonNode a, String message) {
        if (!a.isArray()) {
            throw bad(message);
        }
        List<String> out = new ArrayList<>();
        for (JsonNode e : a) {
            if (!e.isTextual()) {
                throw bad(message);
            }
            out.add(e.textValue());
        }
        return out;
    }

    private static ApiError bad(String message) {
        return new ApiError(400, message);
    }
}
