package org.crepituslab.quiz.bank;

import org.crepituslab.framework.contract.Declarations;
import org.crepituslab.framework.contract.Quantity;
import org.crepituslab.framework.contract.ScreenContract;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.crepituslab.quiz.model.Bank;
import org.crepituslab.quiz.model.Behaviour;
import org.crepituslab.quiz.model.Choice;
import org.crepituslab.quiz.model.Comparison;
import org.crepituslab.quiz.model.FeedbackMode;
import org.crepituslab.quiz.model.Goal;
import org.crepituslab.quiz.model.GoalCondition;
import org.crepituslab.quiz.model.MatchPair;
import org.crepituslab.quiz.model.MatchingQuestion;
import org.crepituslab.quiz.model.MultipleChoiceQuestion;
import org.crepituslab.quiz.model.NumericQuestion;
import org.crepituslab.quiz.model.OrderingQuestion;
import org.crepituslab.quiz.model.Question;
import org.crepituslab.quiz.model.QuestionInfo;
import org.crepituslab.quiz.model.QuestionType;
import org.crepituslab.quiz.model.QuizConstants;
import org.crepituslab.quiz.model.ShowMe;
import org.crepituslab.quiz.model.SimulationQuestion;
import org.crepituslab.quiz.model.SingleChoiceQuestion;
import org.crepituslab.quiz.model.SoundQuestion;
import org.crepituslab.quiz.model.Topic;
import org.crepituslab.quiz.model.TrueFalseQuestion;

/**
 * The parts of a bank that point into the simulations (a "show me" link, a simulation task's
 * screen, parameters and goal), checked against the screens' typed contracts: an unknown screen, a
 * parameter outside its model's range, a readout the screen does not have, or {@code ==} on a
 * continuously varying readout is a problem with its location, never a surprise in class.
 */
final class ScreenLinks {
    private final Fields f;

    ScreenLinks(Fields f) {
        this.f = f;
    }

    ShowMe showMe(JsonNode node, String path) {
        ObjectNode o = f.asObject(node, path, "a link {\"screen\", \"parameters\"}");
        if (o == null) {
            return null;
        }
        f.onlyKeys(o, path, Set.of("screen", "parameters"), "showMe");
        String screen = screen(o, path);
        Map<String, Double> params = parameters(o, path, screen);
        return screen == null || params == null ? null : new ShowMe(screen, params);
    }

    String screen(ObjectNode o, String path) {
        String screen = f.string(o, path, "screen", true);
        if (screen != null && Declarations.contract(screen).isEmpty()) {
            f.problem(path + ".screen", "unknown screen \"" + screen + "\"; expected one of "
                    + String.join(", ", Declarations.contractIds()));
            return null;
        }
        return screen;
    }

    /** Optional {"name": number} map checked against the screen's parameters; null when wrong. */
    Map<String, Double> parameters(ObjectNode o, String path, String screen) {
        Map<String, Double> out = new LinkedHashMap<>();
        if (!o.has("parameters")) {
            return out;
        }
        String pp = path + ".parameters";
        ObjectNode p = f.asObject(o.get("parameters"), pp, "parameter values {\"name\": number}");
        if (p == null) {
            return null;
        }
        boolean ok = true;
        ScreenContract contract = screen == null ? null : Declarations.contract(screen).orElse(null);
        for (Iterator<Map.Entry<String, JsonNode>> it = p.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String ep = pp + "." + e.getKey();
            if (!e.getValue().isNumber()) {
                f.problem(ep, "expected a number, got " + Fields.describe(e.getValue()));
                ok = false;
                continue;
            }
            double v = e.getValue().asDouble();
            if (contract != null) {
                Quantity param = contract.parameter(e.getKey()).orElse(null);
                if (param == null) {
                    f.problem(ep, "\"" + e.getKey() + "\" is not a parameter of the " + screen + " screen; expected one of "
                            + contract.parameterNames());
                    ok = false;
                    continue;
                }
                if (!param.accepts(v)) {
                    f.problem(ep, "expected " + param.expectation() + ", got " + e.getValue().asText());
                    ok = false;
                    continue;
                }
            }
            out.put(e.getKey(), v);
        }
        return ok && screen != null ? out : null;
    }

    Goal goal(ObjectNode o, String path, String screen) {
        if (o.get("goal") == null) {
            f.problem(path + ".goal", "missing required field \"goal\" ({\"all\": [{\"readout\", \"op\", \"value\"}]})");
            return null;
        }
        String gp = path + ".goal";
        ObjectNode g = f.asObject(o.get("goal"), gp, "a goal {\"all\": [...]}");
        if (g == null) {
            return null;
        }
        f.onlyKeys(g, gp, Set.of("all"), "a goal");
        ArrayNode all = f.array(g, gp, "all", true, 1, Integer.MAX_VALUE, "conditions {\"readout\", \"op\", \"value\"}");
        if (all == null) {
            return null;
        }
        List<GoalCondition> conditions = new ArrayList<>();
        boolean ok = true;
        ScreenContract contract = screen == null ? null : Declarations.contract(screen).orElse(null);
        for (int i = 0; i < all.size(); i++) {
            String cp = LocatedJson.index(gp + ".all", i);
            ObjectNode c = f.asObject(all.get(i), cp, "a condition {\"readout\", \"op\", \"value\"}");
            if (c == null) {
                ok = false;
                continue;
            }
            f.onlyKeys(c, cp, Set.of("readout", "op", "value"), "a condition");
            String readout = f.string(c, cp, "readout", true);
            Quantity quantity = readout == null || contract == null ? null : contract.readout(readout).orElse(null);
            if (readout != null && contract != null && quantity == null) {
                f.problem(cp + ".readout", "\"" + readout + "\" is not a readout of the " + screen
                        + " screen; expected one of " + contract.readoutNames());
                readout = null;
            }
            String opText = f.string(c, cp, "op", true);
            Comparison op = opText == null ? null : Comparison.fromSymbol(opText);
            if (opText != null && op == null) {
                f.problem(cp + ".op", "expected one of >=, <=, >, <, ==, got \"" + opText + "\"");
            }
            if (op == Comparison.EQUAL && quantity != null && quantity.isContinuous()) {
                f.problem(cp + ".op", "\"" + readout + "\" (" + quantity.meaning() + ") varies continuously"
                        + ", so it may never equal a value exactly; use >= or <=");
                op = null;
            }
            Double value = f.number(c, cp, "value", true, -Double.MAX_VALUE);
            String never = value == null || op == null || quantity == null ? null : unreachable(quantity, op, value);
            if (never != null) {
                f.problem(cp + ".value", "no state of the " + screen + " screen can meet \"" + readout + " " + opText + " "
                        + Quantity.number(value) + "\": " + never);
                value = null;
            }
            if (readout == null || op == null || value == null) {
                ok = false;
            } else {
                conditions.add(new GoalCondition(readout, op, value));
            }
        }
        return ok ? new Goal(conditions) : null;
    }

    /** Why a condition can never hold given the readout's declared range, or null when it can. */
    static String unreachable(Quantity q, Comparison op, double v) {
        String range = "the readout is always " + q.expectation();
        boolean never = switch (op) {
            case AT_LEAST -> v > q.max();
            case ABOVE -> v >= q.max();
            case AT_MOST -> v < q.min();
            case BELOW -> v <= q.min();
            case EQUAL -> !q.accepts(v);
        };
        return never ? range : null;
    }
}
