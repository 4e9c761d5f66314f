package org.crepituslab.quiz.bank;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crepituslab.framework.contract.Declarations;
import org.crepituslab.quiz.model.AnswerText;
import org.crepituslab.quiz.model.Choice;
import org.crepituslab.quiz.model.Goal;
import org.crepituslab.quiz.model.MatchPair;
import org.crepituslab.quiz.model.MatchingQuestion;
import org.crepituslab.quiz.model.MultipleChoiceQuestion;
import org.crepituslab.quiz.model.NumericQuestion;
import org.crepituslab.quiz.model.OrderingQuestion;
import org.crepituslab.quiz.model.Question;
import org.crepituslab.quiz.model.QuestionInfo;
import org.crepituslab.quiz.model.QuizConstants;
import org.crepituslab.quiz.model.SimulationQuestion;
import org.crepituslab.quiz.model.SingleChoiceQuestion;
import org.crepituslab.quiz.model.SoundQuestion;
import org.crepituslab.quiz.model.TrueFalseQuestion;

/**
 * The type-specific fields of each question type, checked and built into the question record
 * (the common fields are already in {@link QuestionInfo}, null when they had problems).
 */
final class QuestionBodies {
    private final Fields f;
    private final ScreenLinks links;
    private final ChoiceFields choiceFields;

    QuestionBodies(Fields f) {
        this.f = f;
        this.links = new ScreenLinks(f);
        this.choiceFields = new ChoiceFields(f);
    }

    Question single(ObjectNode o, String path, QuestionInfo info) {
        List<Choice> choices = choiceFields.choices(o, path, "choices", "choices", QuizConstants.MIN_CHOICES, QuizConstants.MAX_CHOICES);
        String answer = choiceFields.choiceAnswer(o, path, choices);
        Map<String, Double> partial = choices == null || answer == null ? null
                : choiceFields.shares(o, path, "partial", choices, Set.of(answer), 0, 1);
        return choices == null || answer == null || partial == null || info == null ? null
                : new SingleChoiceQuestion(info, choices, answer, partial);
    }

    Question multiple(ObjectNode o, String path, QuestionInfo info) {
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
        Map<String, Double> weights = ok ? choiceFields.shares(o, path, "weights", choices, Set.of(), -1, 1) : null;
        if (weights != null && !weights.isEmpty()) {
            double rightSum = weights.values().stream().filter(w -> w > 0).mapToDouble(Double::doubleValue).sum();
            boolean matches = weights.entrySet().stream().allMatch(e -> e.getValue() > 0 == answers.contains(e.getKey()))
                    && answers.stream().allMatch(weights::containsKey);
            if (!matches || Math.abs(rightSum - 1) > 0.01) {
                f.problem(path + ".weights", "expected a positive weight for each right choice (adding up to 1) and"
                        + " zero or negative weights for the others; the right ones add up to "
                        + AnswerText.number(Math.round(rightSum * 1000) / 1000.0));
                ok = false;
            }
        }
        if (ok && answers.size() == choices.size()) {
            f.problem(path + ".answer", "every choice is right, so ticking all of them always scores full marks;"
                    + " add at least one wrong choice");
            ok = false;
        }
        return ok && weights != null && info != null ? new MultipleChoiceQuestion(info, choices, answers, weights) : null;
    }

    Question trueFalse(ObjectNode o, String path, QuestionInfo info) {
        Boolean answer = f.bool(o, path, "answer", true);
        return answer == null || info == null ? null : new TrueFalseQuestion(info, answer);
    }

    Question numeric(ObjectNode o, String path, QuestionInfo info) {
        Double answer = f.number(o, path, "answer", true, -Double.MAX_VALUE);
        Double tolerance = f.number(o, path, "tolerance", true, 0);
        String unit = f.string(o, path, "unit", false);
        if (o.has("unit") && unit == null) {
            return null;
        }
        return answer == null || tolerance == null || info == null ? null
                : new NumericQuestion(info, answer, tolerance, unit);
    }

    Question ordering(ObjectNode o, String path, QuestionInfo info) {
        List<Choice> items = choiceFields.choices(o, path, "items", "items", QuizConstants.MIN_ORDER_ITEMS, Integer.MAX_VALUE);
        return items == null || info == null ? null : new OrderingQuestion(info, items);
    }

    Question matching(ObjectNode o, String path, QuestionInfo info) {
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
            String left = f.text(p, pp, "left", true, QuizConstants.MAX_CHOICE_CHARS);
            String right = f.text(p, pp, "right", true, QuizConstants.MAX_CHOICE_CHARS);
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

    Question sound(ObjectNode o, String path, QuestionInfo info) {
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

    Question simulation(ObjectNode o, String path, QuestionInfo info) {
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
