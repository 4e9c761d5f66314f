package org.crepituslab.quiz.bank;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.crepituslab.quiz.model.Bank;
import org.crepituslab.quiz.model.Behaviour;
import org.crepituslab.quiz.model.Question;
import org.crepituslab.quiz.model.QuestionInfo;
import org.crepituslab.quiz.model.QuestionType;
import org.crepituslab.quiz.model.QuizConstants;
import org.crepituslab.quiz.model.ShowMe;
import org.crepituslab.quiz.model.Topic;

/**
 * Checks a parsed bank against the schemaVersion 1 or 2 format and builds it. It does not stop at the
 * first problem: every problem is collected with its location, field and expectation.
 */
final class BankValidator {
    static final Pattern ID = Pattern.compile("[a-z0-9-]+");
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");
    private static final Set<String> BANK_KEYS = Set.of("schemaVersion", "id", "title", "language", "behaviour",
            "uiText", "topics", "questions");
    private static final Set<String> COMMON_KEYS = Set.of("id", "type", "topics", "difficulty", "prompt",
            "explanation", "source", "image", "showMe");
    private static final Map<QuestionType, Set<String>> TYPE_KEYS = Map.ofEntries(
            Map.entry(QuestionType.SINGLE, Set.of("choices", "answer", "partial")),
            Map.entry(QuestionType.MULTIPLE, Set.of("choices", "answer", "weights")),
            Map.entry(QuestionType.TRUEFALSE, Set.of("answer")),
            Map.entry(QuestionType.NUMERIC, Set.of("answer", "tolerance", "unit")),
            Map.entry(QuestionType.ORDERING, Set.of("items")),
            Map.entry(QuestionType.MATCHING, Set.of("pairs")),
            Map.entry(QuestionType.SOUND, Set.of("sound", "choices", "answer")),
            Map.entry(QuestionType.SIMULATION, Set.of("screen", "task", "goal", "parameters", "choices", "answer")),
            Map.entry(QuestionType.SHORTANSWER, Set.of("answers", "caseSensitive")),
            Map.entry(QuestionType.CLOZE, Set.of("text", "gaps")),
            Map.entry(QuestionType.DESCRIPTION, Set.<String>of()),
            Map.entry(QuestionType.ESSAY, Set.of("modelAnswer")));

    private final Fields f;
    private final JsonNode rootNode;
    private final ImageCheck images;
    private final Set<String> topicIds = new LinkedHashSet<>();
    private final Map<String, String> questionIdPaths = new HashMap<>();

    private final ScreenLinks links;
    private final BankHeader header;
    private final TextAnswerBodies textBodies;
    private int schema = QuizConstants.SCHEMA_VERSION;
    private final QuestionBodies bodies;

    private BankValidator(String file, LocatedJson json, ImageCheck images) {
        this.f = new Fields(file, json);
        this.links = new ScreenLinks(f);
        this.header = new BankHeader(f, topicIds);
        this.bodies = new QuestionBodies(f);
        this.textBodies = new TextAnswerBodies(f);
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
        if (schema != null && (schema < QuizConstants.MIN_SCHEMA_VERSION || schema > QuizConstants.SCHEMA_VERSION)) {
            f.problem("schemaVersion", "expected " + QuizConstants.MIN_SCHEMA_VERSION + " or " + QuizConstants.SCHEMA_VERSION
                    + " (the schema versions this app reads), got " + schema);
            schema = null;
        }
        this.schema = schema == null ? QuizConstants.SCHEMA_VERSION : schema;
        String id = f.string(root, "", "id", true);
        String title = f.string(root, "", "title", true);
        String language = f.string(root, "", "language", true);
        if (language != null && !LANGUAGE.matcher(language).matches()) {
            f.problem("language", "expected a language tag such as \"en\" or \"pt-BR\", got \"" + language + "\"");
        }
        Behaviour behaviour = header.behaviour(root);
        Map<String, String> uiText = header.uiText(root);
        List<Topic> topics = header.topics(root);
        List<Question> questions = questions(root);
        if (schema == null || id == null || title == null || behaviour == null || uiText == null || topics == null
                || questions == null) {
            return null;
        }
        return new Bank(schema, id, title, language, behaviour, uiText, topics, questions);
    }

    private List<Question> questions(ObjectNode root) {
        ArrayNode arr = f.array(root, "", "questions", true, 1, QuizConstants.MAX_QUESTIONS, "questions");
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
        } else if (type != null && type.sinceSchema() > schema) {
            f.problem(path + ".type", "type \"" + typeId + "\" needs \"schemaVersion\": " + type.sinceSchema()
                    + "; this bank says " + schema);
        }
        Set<String> allowed = new HashSet<>(COMMON_KEYS);
        if (type != null) {
            allowed.addAll(TYPE_KEYS.get(type));
            f.onlyKeys(o, path, allowed, "a " + type.id() + " question");
        }
        QuestionInfo info = info(o, path, id, type);
        if (type == null) {
            return null;
        }
        Question q = switch (type) {
            case SINGLE -> bodies.single(o, path, info);
            case MULTIPLE -> bodies.multiple(o, path, info);
            case TRUEFALSE -> bodies.trueFalse(o, path, info);
            case NUMERIC -> bodies.numeric(o, path, info);
            case ORDERING -> bodies.ordering(o, path, info);
            case MATCHING -> bodies.matching(o, path, info);
            case SOUND -> bodies.sound(o, path, info);
            case SIMULATION -> bodies.simulation(o, path, info);
            case SHORTANSWER -> textBodies.shortAnswer(o, path, info);
            case CLOZE -> textBodies.cloze(o, path, info);
            case DESCRIPTION -> textBodies.description(o, path, info);
            case ESSAY -> textBodies.essay(o, path, info);
        };
        return info == null ? null : q;
    }

    private QuestionInfo info(ObjectNode o, String path, String id, QuestionType type) {
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
        String prompt = f.text(o, path, "prompt", true, QuizConstants.MAX_PROMPT_CHARS);
        // a description has nothing to explain; every question that is answered does
        boolean needsExplanation = type != QuestionType.DESCRIPTION;
        String explanation = needsExplanation || o.has("explanation")
                ? f.string(o, path, "explanation", needsExplanation) : "";
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

}
