package org.crepituslab.quiz.bank;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.crepituslab.quiz.model.AnswerText;

/**
 * Typed reads of JSON fields that record a located problem instead of throwing: each getter
 * returns null when the field is missing or wrong, after saying what was expected.
 */
final class Fields {
    private final String file;
    private final LocatedJson json;
    private final List<BankProblem> problems = new ArrayList<>();

    Fields(String file, LocatedJson json) {
        this.file = file;
        this.json = json;
        problems.addAll(json.problems());
    }

    List<BankProblem> problems() {
        return problems;
    }

    void problem(String path, String message) {
        LocatedJson.Location at = json.locate(path);
        problems.add(new BankProblem(file, at.line(), at.column(), path, message));
    }

    /** Where a value starts, for messages such as "first used at line 12". */
    int lineOf(String path) {
        return json.locate(path).line();
    }

    static String describe(JsonNode n) {
        if (n == null || n.isMissingNode()) {
            return "nothing";
        }
        if (n.isNull()) {
            return "null";
        }
        if (n.isTextual()) {
            String t = n.asText();
            return "a string (\"" + (t.length() > 40 ? t.substring(0, 40) + "\u2026" : t) + "\")";
        }
        if (n.isNumber()) {
            return "a number (" + n.asText() + ")";
        }
        if (n.isBoolean()) {
            return n.asText();
        }
        if (n.isArray()) {
            return "a list with " + n.size() + " item" + (n.size() == 1 ? "" : "s");
        }
        return "an object";
    }

    ObjectNode asObject(JsonNode n, String path, String what) {
        if (n instanceof ObjectNode o) {
            return o;
        }
        problem(path, "expected " + what + " (a JSON object {...}), got " + describe(n));
        return null;
    }

    /** Reports every key not in the allowed set (catches typos such as "explaination"). */
    void onlyKeys(ObjectNode o, String path, Set<String> allowed, String context) {
        for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!allowed.contains(k)) {
                problem(LocatedJson.child(path, k), "unknown field \"" + k + "\" in " + context + "; allowed: "
                        + String.join(", ", allowed.stream().sorted().toList()));
            }
        }
    }

    private JsonNode field(ObjectNode o, String path, String field, boolean required, String expectation) {
        JsonNode n = o.get(field);
        if (n == null) {
            if (required) {
                problem(LocatedJson.child(path, field), "missing required field \"" + field + "\" (" + expectation + ")");
            }
            return null;
        }
        return n;
    }

    String string(ObjectNode o, String path, String field, boolean required) {
        JsonNode n = field(o, path, field, required, "a non-empty string");
        if (n == null) {
            return null;
        }
        String p = LocatedJson.child(path, field);
        if (!n.isTextual()) {
            problem(p, "expected a string, got " + describe(n));
            return null;
        }
        if (n.asText().isBlank()) {
            problem(p, "must not be empty");
            return null;
        }
        int bad = controlCharacter(n.asText());
        if (bad >= 0) {
            problem(p, String.format("contains the control character U+%04X at position %d; only line breaks and"
                    + " tabs are allowed in text", (int) n.asText().charAt(bad), bad + 1));
            return null;
        }
        return n.asText();
    }

    /** A string field of at most {@code max} characters. */
    String text(ObjectNode o, String path, String field, boolean required, int max) {
        String s = string(o, path, field, required);
        if (s != null && s.length() > max) {
            problem(LocatedJson.child(path, field), "is " + s.length() + " characters long; at most " + max
                    + " are allowed");
            return null;
        }
        return s;
    }

    /**
     * The index of the first control character (escape sequences could drive a terminal, invisible
     * bidirectional overrides can make text read differently than it is), or -1.
     */
    static int controlCharacter(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r')
                    || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
                return i;
            }
        }
        return -1;
    }

    Integer integer(ObjectNode o, String path, String field, boolean required, int min, int max) {
        String expectation = "a whole number from " + min + " to " + max;
        JsonNode n = field(o, path, field, required, expectation);
        if (n == null) {
            return null;
        }
        String p = LocatedJson.child(path, field);
        if (!n.isIntegralNumber() || !n.canConvertToInt() || n.asInt() < min || n.asInt() > max) {
            problem(p, "expected " + expectation + ", got " + describe(n));
            return null;
        }
        return n.asInt();
    }

    Double number(ObjectNode o, String path, String field, boolean required, double min) {
        String expectation = min == -Double.MAX_VALUE ? "a number" : "a number \u2265 " + AnswerText.number(min);
        JsonNode n = field(o, path, field, required, expectation);
        if (n == null) {
            return null;
        }
        String p = LocatedJson.child(path, field);
        if (n.isNumber() && !Double.isFinite(n.asDouble())) {
            problem(p, "not a finite number (" + n.asText() + " is beyond what can be computed with); expected "
                    + expectation);
            return null;
        }
        if (!n.isNumber() || n.asDouble() < min) {
            problem(p, "expected " + expectation + ", got " + describe(n));
            return null;
        }
        return n.asDouble();
    }

    Boolean bool(ObjectNode o, String path, String field, boolean required) {
        JsonNode n = field(o, path, field, required, "true or false");
        if (n == null) {
            return null;
        }
        if (!n.isBoolean()) {
            problem(LocatedJson.child(path, field), "expected true or false (without quotes), got " + describe(n));
            return null;
        }
        return n.asBoolean();
    }

    ArrayNode array(ObjectNode o, String path, String field, boolean required, int min, int max, String items) {
        String expectation = "a list of " + min + (max == Integer.MAX_VALUE ? " or more " : " to " + max + " ") + items;
        JsonNode n = field(o, path, field, required, expectation);
        if (n == null) {
            return null;
        }
        String p = LocatedJson.child(path, field);
        if (!(n instanceof ArrayNode a)) {
            problem(p, "expected " + expectation + ", got " + describe(n));
            return null;
        }
        if (a.size() < min || a.size() > max) {
            problem(p, "expected " + expectation + ", got " + a.size());
            return null;
        }
        return a;
    }
}
