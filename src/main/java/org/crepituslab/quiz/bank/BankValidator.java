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
 * Checks a parsed bank against the schemaVersion 1 format and builds it. It does not stop at the
 * first problem: every problem is collected with its location, field and expectation.
 */
final class BankValidator {
    static final Pattern ID = Pattern.compile("[a-z0-9-]+");
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");
    private static final Set<String> BANK_KEYS = Set.of("schemaVersion", "id", "title", "language", "behaviour",
            "uiText", "topics", "questions");
    private static final Set<String> BEHAVIOUR_KEYS = Set.of("shuffleQuestions", "shuffleChoices", "feedback", "passMark");
    private static final Set<String> COMMON_KEYS = Set.of("id", "type", "topics", "difficulty", "prompt",
            "explanation", "source", "image", "showMe");
    private static final Map<QuestionType, Set<String>> TYPE_KEYS = Map.of(
            QuestionType.SINGLE, Set.of("choices", "answer"),
            QuestionType.MULTIPLE, Set.of("choices", "answer"),
            QuestionType.TRUEFALSE, Set.of("answer"),
            QuestionType.NUMERIC, Set.of("answer", "tolerance", "unit"),
            QuestionType.ORDERING, Set.of("items"),
            QuestionType.MATCHING, Set.of("pairs"),
            QuestionType.SOUND, Set.of("sound", "choices", "answer"),
            QuestionType.SIMULATION, Set.of("screen", "task", "goal", "parameters", "choices", "answer"));

    private final Fields f;
    private final JsonNode rootNode;
    private final ImageCheck images;
    private final Set<String> topicIds = new LinkedHashSet<>();
    private final Map<String, String> questionIdPaths = new HashMap<>();

    private final ScreenLinks links;
    private final ChoiceFields choiceFields;

    private BankValidator(String file, LocatedJson json, ImageCheck images) {
        this.f = new Fields(file, json);
        this.links = new ScreenLinks(f);
        this.choiceFields = new ChoiceFields(f);
        this.rootNode = json.root();
        this.images = images;
    }

    /** The bank, or null with every problem added to {@code problems}. */
    static Bank validate(String file, LocatedJson json, ImageCheck images, List<BankProblem> problems) {
        BankValidator v = new BankValidator(file, json, images);
        Bank bank = v.bank();
        problems.addAll(v.f.problems());
        return problems.isEmpty() ? bank : null;
    }

    private Bank bank() {
        ObjectNode root = f.asObject(rootNode, "", "a question bank");
        if (root == null) {
            return null;
        }
        f.onlyKeys(root, "", BANK_KEYS, "the bank");
        Integer schema = f.integer(root, "", "schemaVersion", true, Integer.MIN_VALUE, Integer.MAX_VALUE);
        if (schema != null && schema != QuizConstants.SCHEMA_VERSION) {
            f.problem("schemaVersion", "expected " + QuizConstants.SCHEMA_VERSION
                    + " (the only schema version this app reads), got " + schema);
        }
        String id = f.string(root, "", "id", true);
        String title = f.string(root, "", "title", true);
        String language = f.string(root, "", "language", true);
        if (language != null && !LANGUAGE.matcher(language).matches()) {
            f.problem("language", "expected a language tag such as \"en\" or \"pt-BR\", got \"" + language + "\"");
        }
        Behaviour behaviour = behaviour(root);
        Map<String, String> uiText = uiText(root);
        List<Topic> topics = topics(root);
        List<Question> questions = questions(root);
        if (schema == null || id == null || title == null || behaviour == null || uiText == null || topics == null
                || questions == null) {
            return null;
        }
        return new Bank(schema, id, title, language, behaviour, uiText, topics, questions);
    }

    private Behaviour behaviour(ObjectNode root) {
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
                    + org.crepituslab.quiz.model.AnswerText.number(pass));
            pass = null;
        }
        return new Behaviour(shuffleQ == null ? d.shuffleQuestions() : shuffleQ,
                shuffleC == null ? d.shuffleChoices() : shuffleC,
                feedback == null ? d.feedback() : feedback, pass == null ? d.passMark() : pass);
    }

    private Map<String, String> uiText(ObjectNode root) {
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

    private List<Topic> topics(ObjectNode root) {
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
            if (id != null && !ID.matcher(id).matches()) {
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

    private List<Question> questions(ObjectNode root) {
        ArrayNode arr = f.array(root, "", "questions", true, 1, Integer.MAX_VALUE, "questions");
        if (arr == null) {
            return null;
        }
        List<Question> out = new ArrayList<>();
        for (int i = 0; i < arr.size(); i++) {
            Question q = question(arr.get(i), LocatedJson.index("questions", i));
            if (q != null) {
                out.add(q);
            }
        }
        return out;
    }

    private Question question(JsonNode node, String path) {
        ObjectNode o = f.asObject(node, path, "a question");
        if (o == null) {
            return null;
        }
        String id = f.string(o, path, "id", true);
        if (id != null) {
            if (!ID.matcher(id).matches()) {
                f.problem(path + ".id", "expected lower-case letters, digits and hyphens ([a-z0-9-]+), got \"" + id + "\"");
            } else if (questionIdPaths.containsKey(id)) {
                String first = questionIdPaths.get(id);
                f.problem(path + ".id", "duplicate question id \"" + id + "\" (already used by " + first
                        + " at line " + f.lineOf(first) + ")");
            } else {
                questionIdPaths.put(id, path);
            }
        }
        String typeId = f.string(o, path, "type", true);
        QuestionType type = typeId == null ? null : QuestionType.fromId(typeId);
        if (typeId != null && type == null) {
            f.problem(path + ".type", "unknown type \"" + typeId + "\"; expected one of " + QuestionType.allIds());
        }
        Set<String> allowed = new HashSet<>(COMMON_KEYS);
        if (type != null) {
            allowed.addAll(TYPE_KEYS.get(type));
            f.onlyKeys(o, path, allowed, "a " + type.id() + " question");
        }
        QuestionInfo info = info(o, path, id);
        if (type == null) {
            return null;
        }
        Question q = switch (type) {
            case SINGLE -> single(o, path, info);
            case MULTIPLE -> multiple(o, path, info);
            case TRUEFALSE -> trueFalse(o, path, info);
            case NUMERIC -> numeric(o, path, info);
            case ORDERING -> ordering(o, path, info);
            case MATCHING -> matching(o, path, info);
            case SOUND -> sound(o, path, info);
            case SIMULATION -> simulation(o, path, info);
        };
        return info == null ? null : q;
    }

    private QuestionInfo info(ObjectNode o, String path, String id) {
        List<String> topics = new ArrayList<>();
        ArrayNode arr = f.array(o, path, "topics", true, 1, Integer.MAX_VALUE, "topic ids");
        boolean ok = arr != null;
        if (arr != null) {
            for (int i = 0; i < arr.size(); i++) {
                JsonNode t = arr.get(i);
                String tp = LocatedJson.index(path + ".topics", i);
                if (!t.isTextual()) {
                    f.problem(tp, "expected a topic id (a string), got " + Fields.describe(t));
                    ok = false;
                } else if (!topicIds.contains(t.asText())) {
                    f.problem(tp, "unknown topic \"" + t.asText() + "\"; the bank's topics are: "
                            + (topicIds.isEmpty() ? "(none)" : String.join(", ", topicIds)));
                    ok = false;
                } else {
                    topics.add(t.asText());
                }
            }
        }
        Integer difficulty = f.integer(o, path, "difficulty", true, QuizConstants.MIN_DIFFICULTY,
                QuizConstants.MAX_DIFFICULTY);
        String prompt = f.string(o, path, "prompt", true);
        String explanation = f.string(o, path, "explanation", true);
        String source = f.string(o, path, "source", false);
        String image = null;
        if (o.has("image")) {
            image = f.string(o, path, "image", false);
            if (image != null) {
                String problem = images.check(image);
                if (problem != null) {
                    f.problem(path + ".image", problem);
                    ok = false;
                }
            } else {
                ok = false;
            }
        }
        ShowMe showMe = o.has("showMe") ? links.showMe(o.get("showMe"), path + ".showMe") : null;
        if (o.has("showMe") && showMe == null) {
            ok = false;
        }
        if (!ok || id == null || difficulty == null || prompt == null || explanation == null) {
            return null;
        }
        return new QuestionInfo(id, topics, difficulty, prompt, explanation, source, image, showMe);
    }

    private Question single(ObjectNode o, String path, QuestionInfo info) {
        List<Choice> choices = choiceFields.choices(o, path, "choices", "choices", QuizConstants.MIN_CHOICES, QuizConstants.MAX_CHOICES);
        String answer = choiceFields.choiceAnswer(o, path, choices);
        return choices == null || answer == null || info == null ? null : new SingleChoiceQuestion(info, choices, answer);
    }

    private Question multiple(ObjectNode o, String path, QuestionInfo info) {
        List<Choice> choices = choiceFields.choices(o, path, "choices", "choices", QuizConstants.MIN_CHOICES, QuizConstants.MAX_CHOICES);
        ArrayNode arr = f.array(o, path, "answer", true, 1, Integer.MAX_VALUE, "ids of the right choices");
        if (arr == null || choices == null) {
            return null;
        }
        Set<String> answers = new LinkedHashSet<>();
        boolean ok = true;
        for (int i = 0; i < arr.size(); i++) {
            String ap = LocatedJson.index(path + ".answer", i);
            JsonNode a = arr.get(i);
            if (!a.isTextual()) {
                f.problem(ap, "expected a choice id (a string), got " + Fields.describe(a));
                ok = false;
            } else if (choices.stream().noneMatch(c -> c.id().equals(a.asText()))) {
                f.problem(ap, "expected one of the choice ids " + ChoiceFields.ids(choices) + ", got \"" + a.asText() + "\"");
                ok = false;
            } else if (!answers.add(a.asText())) {
                f.problem(ap, "choice \"" + a.asText() + "\" is listed twice");
                ok = false;
            }
        }
        return ok && info != null ? new MultipleChoiceQuestion(info, choices, answers) : null;
    }

    private Question trueFalse(ObjectNode o, String path, QuestionInfo info) {
        Boolean answer = f.bool(o, path, "answer", true);
        return answer == null || info == null ? null : new TrueFalseQuestion(info, answer);
    }

    private Question numeric(ObjectNode o, String path, QuestionInfo info) {
        Double answer = f.number(o, path, "answer", true, -Double.MAX_VALUE);
        Double tolerance = f.number(o, path, "tolerance", true, 0);
        String unit = f.string(o, path, "unit", false);
        if (o.has("unit") && unit == null) {
            return null;
        }
        return answer == null || tolerance == null || info == null ? null
                : new NumericQuestion(info, answer, tolerance, unit);
    }

    private Question ordering(ObjectNode o, String path, QuestionInfo info) {
        List<Choice> items = choiceFields.choices(o, path, "items", "items", QuizConstants.MIN_ORDER_ITEMS, Integer.MAX_VALUE);
        return items == null || info == null ? null : new OrderingQuestion(info, items);
    }

    private Question matching(ObjectNode o, String path, QuestionInfo info) {
        ArrayNode arr = f.array(o, path, "pairs", true, QuizConstants.MIN_PAIRS, Integer.MAX_VALUE,
                "pairs {\"left\", \"right\"}");
        if (arr == null) {
            return null;
        }
        List<MatchPair> pairs = new ArrayList<>();
        Set<String> lefts = new HashSet<>();
        boolean ok = true;
        for (int i = 0; i < arr.size(); i++) {
            String pp = LocatedJson.index(path + ".pairs", i);
            ObjectNode p = f.asObject(arr.get(i), pp, "a pair {\"left\", \"right\"}");
            if (p == null) {
                ok = false;
                continue;
            }
            f.onlyKeys(p, pp, Set.of("left", "right"), "a pair");
            String left = f.string(p, pp, "left", true);
            String right = f.string(p, pp, "right", true);
            if (left != null && !lefts.add(left)) {
                f.problem(pp + ".left", "duplicate left \"" + left + "\": each left must be different");
                ok = false;
            }
            if (left == null || right == null) {
                ok = false;
            } else {
                pairs.add(new MatchPair(left, right));
            }
        }
        return ok && info != null ? new MatchingQuestion(info, pairs) : null;
    }

    private Question sound(ObjectNode o, String path, QuestionInfo info) {
        List<Choice> choices = choiceFields.soundChoices(o, path);
        boolean eachChoicePlays = choices != null && choices.stream().allMatch(c -> c.sound() != null);
        // "which of these is the pop?" plays a sound per choice; otherwise the question plays one
        String soundId = f.string(o, path, "sound", !eachChoicePlays);
        String cue = soundId != null && Declarations.sound(soundId).isPresent() ? soundId : null;
        if (soundId != null && cue == null) {
            f.problem(path + ".sound", SoundNames.expected(soundId));
        }
        String answer = choiceFields.choiceAnswer(o, path, choices);
        boolean ok = cue != null || (soundId == null && eachChoicePlays);
        return !ok || choices == null || answer == null || info == null ? null
                : new SoundQuestion(info, cue, choices, answer);
    }

    private Question simulation(ObjectNode o, String path, QuestionInfo info) {
        String screen = links.screen(o, path);
        String task = f.string(o, path, "task", true);
        Goal goal = links.goal(o, path, screen);
        Map<String, Double> params = links.parameters(o, path, screen);
        List<Choice> choices = List.of();
        String answer = null;
        boolean hasChoices = o.has("choices");
        boolean hasAnswer = o.has("answer");
        boolean ok = true;
        if (hasChoices != hasAnswer) {
            f.problem(path + (hasChoices ? ".answer" : ".choices"), "a follow-up question needs both \"choices\" and "
                    + "\"answer\"; give both or neither");
            ok = false;
        } else if (hasChoices) {
            choices = choiceFields.choices(o, path, "choices", "choices", QuizConstants.MIN_CHOICES, QuizConstants.MAX_CHOICES);
            answer = choiceFields.choiceAnswer(o, path, choices);
            ok = choices != null && answer != null;
        }
        return ok && screen != null && task != null && goal != null && params != null && info != null
                ? new SimulationQuestion(info, screen, task, goal, params, choices, answer) : null;
    }

}
