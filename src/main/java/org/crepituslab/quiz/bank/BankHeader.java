package org.crepituslab.quiz.bank;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crepituslab.quiz.model.AnswerText;
import org.crepituslab.quiz.model.Bank;
import org.crepituslab.quiz.model.Behaviour;
import org.crepituslab.quiz.model.FeedbackMode;
import org.crepituslab.quiz.model.Topic;

/** The bank-level fields besides the questions: behaviour, uiText and topics (whose ids it collects). */
final class BankHeader {
    private static final Set<String> BEHAVIOUR_KEYS = Set.of("shuffleQuestions", "shuffleChoices", "feedback", "passMark");

    private final Fields f;
    private final Set<String> topicIds;

    BankHeader(Fields f, Set<String> topicIds) {
        this.f = f;
        this.topicIds = topicIds;
    }

    Behaviour behaviour(ObjectNode root) {
        if (root.get("behaviour") == null) {
            f.problem("behaviour", "missing required field \"behaviour\" (an object with shuffleQuestions, "
                    + "shuffleChoices, feedback, passMark)");
            return null;
        }
        ObjectNode b = f.asObject(root.get("behaviour"), "behaviour", "how the quiz runs");
        if (b == null) {
            return null;
        }
        f.onlyKeys(b, "behaviour", BEHAVIOUR_KEYS, "behaviour");
        Behaviour d = Behaviour.DEFAULT;
        Boolean shuffleQ = f.bool(b, "behaviour", "shuffleQuestions", false);
        Boolean shuffleC = f.bool(b, "behaviour", "shuffleChoices", false);
        FeedbackMode feedback = d.feedback();
        String fb = b.has("feedback") ? f.string(b, "behaviour", "feedback", false) : null;
        if (fb != null) {
            feedback = FeedbackMode.fromId(fb);
            if (feedback == null) {
                f.problem("behaviour.feedback", "expected \"immediate\" or \"end\", got \"" + fb + "\"");
            }
        }
        Double pass = f.number(b, "behaviour", "passMark", false, 0);
        if (pass != null && pass > 1) {
            f.problem("behaviour.passMark", "expected a fraction from 0 to 1 (0.7 = 70 %), got "
                    + AnswerText.number(pass));
            pass = null;
        }
        return new Behaviour(shuffleQ == null ? d.shuffleQuestions() : shuffleQ,
                shuffleC == null ? d.shuffleChoices() : shuffleC,
                feedback == null ? d.feedback() : feedback, pass == null ? d.passMark() : pass);
    }

    Map<String, String> uiText(ObjectNode root) {
        Map<String, String> out = new LinkedHashMap<>();
        if (!root.has("uiText")) {
            return out;
        }
        ObjectNode ui = f.asObject(root.get("uiText"), "uiText", "labels to override");
        if (ui == null) {
            return out;
        }
        f.onlyKeys(ui, "uiText", Set.copyOf(Bank.UI_TEXT_KEYS), "uiText");
        for (String key : Bank.UI_TEXT_KEYS) {
            String v = f.string(ui, "uiText", key, false);
            if (v != null) {
                out.put(key, v);
            }
        }
        return out;
    }

    List<Topic> topics(ObjectNode root) {
        ArrayNode arr = f.array(root, "", "topics", true, 1, Integer.MAX_VALUE, "topics {\"id\", \"title\"}");
        if (arr == null) {
            return null;
        }
        List<Topic> out = new ArrayList<>();
        for (int i = 0; i < arr.size(); i++) {
            String path = LocatedJson.index("topics", i);
            ObjectNode t = f.asObject(arr.get(i), path, "a topic {\"id\", \"title\"}");
            if (t == null) {
                continue;
            }
            f.onlyKeys(t, path, Set.of("id", "title"), "a topic");
            String id = f.string(t, path, "id", true);
            String title = f.string(t, path, "title", true);
            if (id != null && !BankValidator.ID.matcher(id).matches()) {
                f.problem(path + ".id", "expected lower-case letters, digits and hyphens ([a-z0-9-]+), got \"" + id + "\"");
            } else if (id != null && !topicIds.add(id)) {
                f.problem(path + ".id", "duplicate topic id \"" + id + "\"");
            }
            if (id != null && title != null) {
                out.add(new Topic(id, title));
            }
        }
        return out;
    }
}
