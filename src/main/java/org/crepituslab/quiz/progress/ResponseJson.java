package org.crepituslab.quiz.progress;

import static org.crepituslab.quiz.progress.JsonFields.array;
import static org.crepituslab.quiz.progress.JsonFields.need;
import static org.crepituslab.quiz.progress.JsonFields.num;
import static org.crepituslab.quiz.progress.JsonFields.strings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.crepituslab.quiz.model.Response;

/**
 * One JSON form of a learner's answer, used wherever an answer is saved: the quiz's progress file
 * and a class session's saved state.
 */
public final class ResponseJson {
    private ResponseJson() {
    }

    /** Writes one answer into the object o: its kind and what was answered. */
    public static void write(ObjectNode o, Response r) {
        if (r instanceof Response.Pick p) {
            o.put("kind", "pick").put("choice", p.choiceId());
        } else if (r instanceof Response.Picks p) {
            o.put("kind", "picks");
            addAll(o.putArray("choices"), p.choiceIds().stream().sorted().toList());
        } else if (r instanceof Response.Verdict v) {
            o.put("kind", "verdict").put("value", v.value());
        } else if (r instanceof Response.Number n) {
            o.put("kind", "number").put("value", n.value());
        } else if (r instanceof Response.Order ord) {
            o.put("kind", "order");
            addAll(o.putArray("items"), ord.itemIds());
        } else if (r instanceof Response.Matches m) {
            o.put("kind", "matches");
            ArrayNode a = o.putArray("rights");
            m.rights().forEach(a::add);
        } else if (r instanceof Response.Text t) {
            o.put("kind", "text").put("value", t.value());
        } else if (r instanceof Response.Blanks b) {
            o.put("kind", "blanks");
            ArrayNode a = o.putArray("values");
            b.values().forEach(a::add);
        } else if (r instanceof Response.SelfAssessed s) {
            o.put("kind", "selfAssessed").put("text", s.text()).put("rating", s.rating());
        } else if (r instanceof Response.Read) {
            o.put("kind", "read");
        } else if (r instanceof Response.Task t) {
            o.put("kind", "task").put("goalMet", t.goalMet());
            if (t.followUpChoiceId() != null) {
                o.put("choice", t.followUpChoiceId());
            }
        }
    }

    private static void addAll(ArrayNode a, List<String> values) {
        values.forEach(a::add);
    }

    /** Reads an answer written by {@link #write}; an IOException names the field that is wrong. */
    public static Response read(JsonNode o) throws IOException {
        String kind = need(o, "kind").asText();
        return switch (kind) {
            case "pick" -> new Response.Pick(need(o, "choice").asText());
            case "picks" -> new Response.Picks(new LinkedHashSet<>(strings(o, "choices")));
            case "verdict" -> new Response.Verdict(need(o, "value").asBoolean());
            case "number" -> new Response.Number(num(o, "value"));
            case "order" -> new Response.Order(strings(o, "items"));
            case "matches" -> {
                List<String> rights = new ArrayList<>();
                for (JsonNode r : array(o, "rights")) {
                    rights.add(r.isNull() ? null : r.asText());
                }
                yield new Response.Matches(rights);
            }
            case "text" -> new Response.Text(need(o, "value").asText());
            case "blanks" -> {
                List<String> values = new ArrayList<>();
                for (JsonNode v : array(o, "values")) {
                    values.add(v.isNull() ? null : v.asText());
                }
                yield new Response.Blanks(values);
            }
            case "selfAssessed" -> new Response.SelfAssessed(need(o, "text").asText(), num(o, "rating"));
            case "read" -> new Response.Read();
            case "task" -> new Response.Task(need(o, "goalMet").asBoolean(),
                    o.hasNonNull("choice") ? o.get("choice").asText() : null);
            default -> throw new IOException("unknown answer kind \"" + kind + "\"");
        };
    }
}
