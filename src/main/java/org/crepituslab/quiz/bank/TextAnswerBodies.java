package org.crepituslab.quiz.bank;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.crepituslab.quiz.model.AcceptedAnswer;
import org.crepituslab.quiz.model.ClozeGap;
import org.crepituslab.quiz.model.ClozeQuestion;
import org.crepituslab.quiz.model.DescriptionQuestion;
import org.crepituslab.quiz.model.EssayQuestion;
import org.crepituslab.quiz.model.Question;
import org.crepituslab.quiz.model.QuestionInfo;
import org.crepituslab.quiz.model.QuizConstants;
import org.crepituslab.quiz.model.ShortAnswerQuestion;

/** The schema 2 types: short answer, cloze, description and essay (their own fields, checked and built). */
final class TextAnswerBodies {
    private final Fields f;

    TextAnswerBodies(Fields f) {
        this.f = f;
    }

    Question shortAnswer(ObjectNode o, String path, QuestionInfo info) {
        List<AcceptedAnswer> answers = accepted(o, path);
        Boolean cs = o.has("caseSensitive") ? f.bool(o, path, "caseSensitive", false) : Boolean.FALSE;
        return answers == null || cs == null || info == null ? null : new ShortAnswerQuestion(info, answers, cs);
    }

    Question description(ObjectNode o, String path, QuestionInfo info) {
        return info == null ? null : new DescriptionQuestion(info);
    }

    Question essay(ObjectNode o, String path, QuestionInfo info) {
        String model = f.string(o, path, "modelAnswer", true);
        return model == null || info == null ? null : new EssayQuestion(info, model);
    }

    Question cloze(ObjectNode o, String path, QuestionInfo info) {
        String text = f.text(o, path, "text", true, QuizConstants.MAX_PROMPT_CHARS);
        ArrayNode arr = f.array(o, path, "gaps", true, 1, QuizConstants.MAX_CLOZE_GAPS, "gaps {\"answers\", \"options\"}");
        if (text == null || arr == null) {
            return null;
        }
        List<ClozeGap> gaps = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < arr.size(); i++) {
            String gp = LocatedJson.index(path + ".gaps", i);
            ObjectNode g = f.asObject(arr.get(i), gp, "a gap {\"answers\", \"options\"}");
            if (g == null) {
                ok = false;
                continue;
            }
            f.onlyKeys(g, gp, Set.of("answers", "options"), "a gap");
            List<AcceptedAnswer> answers = accepted(g, gp);
            List<String> options = g.has("options") ? options(g, gp, answers) : List.of();
            if (answers == null || options == null) {
                ok = false;
            } else {
                gaps.add(new ClozeGap(options, answers));
            }
        }
        if (!ok) {
            return null;
        }
        ClozeQuestion q = new ClozeQuestion(info, text, gaps);
        List<Integer> order = q.gapOrder();
        List<Integer> expected = new ArrayList<>();
        for (int i = 1; i <= gaps.size(); i++) {
            expected.add(i);
        }
        if (!order.equals(expected)) {
            f.problem(path + ".text", "expected the gap markers {1} to {" + gaps.size() + "} once each, in order;"
                    + " found " + order);
            return null;
        }
        return info == null ? null : q;
    }

    private List<String> options(ObjectNode g, String gp, List<AcceptedAnswer> answers) {
        ArrayNode arr = f.array(g, gp, "options", true, QuizConstants.MIN_CHOICES, QuizConstants.MAX_CHOICES, "option texts");
        if (arr == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < arr.size(); i++) {
            String op = LocatedJson.index(gp + ".options", i);
            if (!arr.get(i).isTextual() || arr.get(i).asText().isBlank()) {
                f.problem(op, "expected an option text, got " + Fields.describe(arr.get(i)));
                return null;
            }
            if (!seen.add(arr.get(i).asText())) {
                f.problem(op, "duplicate option \"" + arr.get(i).asText() + "\": a learner could not tell them apart");
                return null;
            }
            out.add(arr.get(i).asText());
        }
        if (answers != null) {
            for (AcceptedAnswer a : answers) {
                if (!seen.contains(a.text())) {
                    f.problem(gp + ".answers", "answer \"" + a.text() + "\" is not one of the options " + out);
                    return null;
                }
            }
        }
        return out;
    }

    /** "answers": [{"text", "fraction" (0..1, default 1), "feedback"}], at least one worth full marks. */
    private List<AcceptedAnswer> accepted(ObjectNode o, String path) {
        ArrayNode arr = f.array(o, path, "answers", true, 1, QuizConstants.MAX_CHOICES * 4, "accepted answers {\"text\", \"fraction\"}");
        if (arr == null) {
            return null;
        }
        List<AcceptedAnswer> out = new ArrayList<>();
        Set<String> texts = new HashSet<>();
        boolean ok = true;
        for (int i = 0; i < arr.size(); i++) {
            String ap = LocatedJson.index(path + ".answers", i);
            ObjectNode a = f.asObject(arr.get(i), ap, "an accepted answer {\"text\", \"fraction\"}");
            if (a == null) {
                ok = false;
                continue;
            }
            f.onlyKeys(a, ap, Set.of("text", "fraction", "feedback"), "an accepted answer");
            String text = f.text(a, ap, "text", true, QuizConstants.MAX_CHOICE_CHARS);
            Double fraction = a.has("fraction") ? f.number(a, ap, "fraction", false, -1) : Double.valueOf(1);
            if (fraction != null && fraction > 1) {
                f.problem(ap + ".fraction", "expected a share from -1 to 1 (0.5 = half marks), got " + fraction);
                fraction = null;
            }
            String feedback = a.has("feedback") ? f.string(a, ap, "feedback", false) : "";
            if (text != null && !texts.add(text)) {
                f.problem(ap + ".text", "duplicate accepted answer \"" + text + "\"");
                ok = false;
            }
            if (text == null || fraction == null || feedback == null) {
                ok = false;
            } else {
                out.add(new AcceptedAnswer(text, fraction, feedback));
            }
        }
        if (ok && out.stream().noneMatch(a -> a.fraction() >= 1 - 1e-9)) {
            f.problem(path + ".answers", "no answer is worth full marks (fraction 1): no learner could get it right");
            return null;
        }
        return ok ? out : null;
    }
}
