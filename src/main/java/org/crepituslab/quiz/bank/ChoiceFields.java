package org.crepituslab.quiz.bank;

import org.crepituslab.quiz.model.AnswerText;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.Iterator;
import org.crepituslab.framework.contract.Declarations;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.crepituslab.quiz.model.Choice;
import org.crepituslab.quiz.model.QuizConstants;

/** The choices of a choice question and its answer key, with every problem located. */
final class ChoiceFields {
    private final Fields f;

    ChoiceFields(Fields f) {
        this.f = f;
    }

    List<Choice> choices(ObjectNode o, String path, String field, String what, int min, int max) {
        return choices(o, path, field, what, min, max, false);
    }

    /** Choices that may each carry a {@code sound} to play, one of the sounds the screens make. */
    List<Choice> soundChoices(ObjectNode o, String path) {
        return choices(o, path, "choices", "choices", QuizConstants.MIN_CHOICES, QuizConstants.MAX_CHOICES, true);
    }

    private List<Choice> choices(ObjectNode o, String path, String field, String what, int min, int max,
            boolean withSounds) {
        ArrayNode arr = f.array(o, path, field, true, min, max, what + " {\"id\", \"text\"}");
        if (arr == null) {
            return null;
        }
        List<Choice> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        boolean ok = true;
        String one = "a " + what.substring(0, what.length() - 1) + " {\"id\", \"text\"}";
        Set<String> texts = new HashSet<>();
        for (int i = 0; i < arr.size(); i++) {
            String cp = LocatedJson.index(path + "." + field, i);
            ObjectNode c = f.asObject(arr.get(i), cp, one);
            if (c == null) {
                ok = false;
                continue;
            }
            f.onlyKeys(c, cp, withSounds ? Set.of("id", "text", "sound") : Set.of("id", "text"), "a choice");
            String id = f.string(c, cp, "id", true);
            String text = f.text(c, cp, "text", true, QuizConstants.MAX_CHOICE_CHARS);
            String sound = withSounds ? f.string(c, cp, "sound", false) : null;
            if (sound != null && Declarations.sound(sound).isEmpty()) {
                f.problem(cp + ".sound", SoundNames.expected(sound));
                ok = false;
            }
            if (id != null && !ids.add(id)) {
                f.problem(cp + ".id", "duplicate id \"" + id + "\" among the " + field);
                ok = false;
            }
            // two choices that read the same cannot be told apart (unless each plays its own sound)
            if (text != null && sound == null && !texts.add(text.strip().toLowerCase(Locale.ROOT))) {
                f.problem(cp + ".text", "duplicate text \"" + text + "\" among the " + field
                        + ": a learner could not tell them apart");
                ok = false;
            }
            if (id == null || text == null) {
                ok = false;
            } else {
                out.add(new Choice(id, text, sound));
            }
        }
        return ok ? out : null;
    }

    String choiceAnswer(ObjectNode o, String path, List<Choice> choices) {
        if (o.get("answer") != null && !o.get("answer").isTextual()) {
            f.problem(path + ".answer", "expected the id of the right choice (a string), got "
                    + Fields.describe(o.get("answer")));
            return null;
        }
        String answer = f.string(o, path, "answer", true);
        if (answer != null && choices != null && choices.stream().noneMatch(c -> c.id().equals(answer))) {
            f.problem(path + ".answer", "expected one of the choice ids " + ids(choices) + ", got \"" + answer + "\"");
            return null;
        }
        return answer;
    }

    static String ids(List<Choice> choices) {
        return String.join(", ", choices.stream().map(c -> "\"" + c.id() + "\"").toList());
    }

    /** Optional {"choice id": share} with shares in [min, max] and never for {@code excluded}; null when wrong. */
    Map<String, Double> shares(ObjectNode o, String path, String field, List<Choice> choices, Set<String> excluded,
            double min, double max) {
        Map<String, Double> out = new LinkedHashMap<>();
        if (!o.has(field)) {
            return out;
        }
        String fp = LocatedJson.child(path, field);
        ObjectNode m = f.asObject(o.get(field), fp, "shares {\"choice id\": number}");
        if (m == null) {
            return null;
        }
        boolean ok = true;
        for (Iterator<Map.Entry<String, JsonNode>> it = m.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String ep = fp + "." + e.getKey();
            double v = e.getValue().isNumber() ? e.getValue().asDouble() : Double.NaN;
            if (choices.stream().noneMatch(c -> c.id().equals(e.getKey())) || excluded.contains(e.getKey())) {
                f.problem(ep, "\"" + e.getKey() + "\" is not one of the other choices " + ids(choices));
                ok = false;
            } else if (!Double.isFinite(v) || v < min || v > max || (min == 0 && v == 0)) {
                f.problem(ep, "expected a share from " + AnswerText.number(min) + " to " + AnswerText.number(max)
                        + " (0.5 = half the marks), got " + Fields.describe(e.getValue()));
                ok = false;
            } else {
                out.put(e.getKey(), v);
            }
        }
        return ok ? out : null;
    }
}
