package org.crepituslab.quiz.bank;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crepituslab.framework.Strings;
import org.crepituslab.quiz.model.AcceptedAnswer;
import org.crepituslab.quiz.model.AnswerText;
import org.crepituslab.quiz.model.Choice;
import org.crepituslab.quiz.model.EssayQuestion;
import org.crepituslab.quiz.model.ShortAnswerQuestion;
import org.crepituslab.quiz.model.TextMatch;
import org.crepituslab.quiz.model.MatchPair;
import org.crepituslab.quiz.model.MatchingQuestion;
import org.crepituslab.quiz.model.MultipleChoiceQuestion;
import org.crepituslab.quiz.model.Question;
import org.crepituslab.quiz.model.QuestionInfo;
import org.crepituslab.quiz.model.QuizConstants;
import org.crepituslab.quiz.model.SingleChoiceQuestion;
import org.crepituslab.quiz.model.TrueFalseQuestion;

/** The inside of a GIFT answer block {...} and the question it becomes (numerical blocks: {@link GiftNumerical}). */
final class GiftAnswers {
    private final GiftImporter importer;
    private static final Pattern TRUE_FALSE = Pattern.compile("^(TRUE|FALSE|T|F)\\s*(#.*)?$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private final String raw;
    private final GiftBlock block;
    private final int offset;
    private final String general;
    private final int line;

    GiftAnswers(GiftImporter importer, String inside, GiftBlock block, int offset) {
        this.importer = importer;
        this.block = block;
        this.offset = offset;
        this.line = block.lineAt(offset);
        int g = inside.indexOf("####");
        this.raw = g < 0 ? inside : inside.substring(0, g);
        this.general = g < 0 ? "" : importer.text(inside.substring(g + 4), line);
    }

    /** The question this block makes, or null after reporting why not. */
    Question toQuestion(String title, String prompt, int qLine) {
        String inner = raw.strip();
        if (inner.isEmpty()) {
            // Moodle's essay: graded by a teacher there; here the general feedback is the model answer
            String model = general.isEmpty() ? Strings.get("quiz.gift.noModelAnswer") : general;
            return new EssayQuestion(importer.info(title, prompt, qLine, general.isEmpty() ? model : general), model);
        }
        if (inner.startsWith("#")) {
            return new GiftNumerical(importer, this, raw, block, offset, line).question(title, prompt, qLine, raw.indexOf('#') + 1);
        }
        Matcher tf = TRUE_FALSE.matcher(inner);
        if (tf.matches()) {
            return trueFalse(title, prompt, qLine, tf);
        }
        List<GiftAnswer> answers = split();
        if (answers == null) {
            return null;
        }
        if (answers.isEmpty()) {
            importer.skip(line, "answer block has no answers starting with = or ~; skipped");
            return null;
        }
        // as Moodle does: any "~" makes it multiple choice, even when a choice's text holds "->"
        if (answers.stream().anyMatch(a -> a.marker() == '~')) {
            return choice(title, prompt, qLine, answers);
        }
        if (inner.contains("->")) {
            return matching(title, prompt, qLine, answers);
        }
        return shortAnswer(title, prompt, qLine, answers);
    }

    private List<GiftAnswer> split() {
        List<GiftAnswer> out = new ArrayList<>();
        int i = 0;
        while (i < raw.length() && Character.isWhitespace(raw.charAt(i))) {
            i++;
        }
        if (i < raw.length() && raw.indexOf('=') < 0 && raw.indexOf('~') < 0 && raw.indexOf('#') < 0) {
            // "{One}": a single right answer may be written without "=" (TRUE/FALSE were checked before)
            out.add(GiftAnswer.parse('=', raw.substring(i), block.lineAt(offset + i)));
            return out;
        }
        if (i < raw.length() && raw.charAt(i) != '=' && raw.charAt(i) != '~') {
            importer.skip(block.lineAt(offset + i), "text before the first answer in {\u2026}: each answer must start with"
                    + " = (right) or ~ (wrong); question skipped");
            return null;
        }
        while (i < raw.length()) {
            char marker = raw.charAt(i);
            int start = i + 1;
            int end = start;
            while (end < raw.length() && raw.charAt(end) != '=' && raw.charAt(end) != '~') {
                end++;
            }
            out.add(GiftAnswer.parse(marker, raw.substring(start, end), block.lineAt(offset + i)));
            i = end;
        }
        return out;
    }


    String explanation(List<String> parts, String correct) {
        List<String> all = new ArrayList<>();
        if (!general.isEmpty()) {
            all.add(general);
        }
        parts.stream().filter(p -> !p.isBlank()).forEach(all::add);
        return all.isEmpty() ? Strings.format("quiz.gift.defaultExplanation", correct) : String.join("\n", all);
    }


    /**
     * GIFT's {T#a#b}: Moodle shows a to whoever picked the wrong answer and b to whoever picked the
     * right one, so each feedback is kept with the answer it belongs to.
     */
    private Question trueFalse(String title, String prompt, int qLine, Matcher tf) {
        boolean answer = tf.group(1).toUpperCase(Locale.ROOT).startsWith("T");
        List<String> parts = new ArrayList<>();
        if (tf.group(2) != null) {
            String[] fb = tf.group(2).substring(1).split("#", -1);
            String right = fb.length > 1 ? importer.text(fb[1], line) : "";
            String wrong = importer.text(fb[0], line);
            if (!right.isEmpty()) {
                parts.add(Strings.format("quiz.gift.ifAnswered", Strings.get(answer ? "quiz.true" : "quiz.false"), right));
            }
            if (!wrong.isEmpty()) {
                parts.add(Strings.format("quiz.gift.ifAnswered", Strings.get(answer ? "quiz.false" : "quiz.true"), wrong));
            }
        }
        String expl = explanation(parts, Strings.get(answer ? "quiz.true" : "quiz.false"));
        return new TrueFalseQuestion(importer.info(title, prompt, qLine, expl), answer);
    }

    private Question choice(String title, String prompt, int qLine, List<GiftAnswer> answers) {
        if (answers.size() < QuizConstants.MIN_CHOICES || answers.size() > QuizConstants.MAX_CHOICES) {
            importer.skip(line, "multiple choice with " + answers.size() + " choices; banks allow "
                    + QuizConstants.MIN_CHOICES + " to " + QuizConstants.MAX_CHOICES + "; question skipped");
            return null;
        }
        List<Choice> choices = new ArrayList<>();
        List<String> feedback = new ArrayList<>();
        List<String> full = new ArrayList<>();
        List<GiftAnswer> partial = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            GiftAnswer a = answers.get(i);
            String text = importer.text(a.text(), a.line());
            if (text.isEmpty()) {
                importer.skip(a.line(), "empty choice; question skipped");
                return null;
            }
            String id = String.valueOf((char) ('a' + i));
            choices.add(new Choice(id, text));
            String fb = importer.text(a.feedback(), a.line());
            if (!fb.isEmpty()) {
                feedback.add("\u201c" + text + "\u201d: " + fb);
            }
            double w = a.effectiveWeight();
            if (w >= 100) {
                full.add(id);
            } else if (w > 0) {
                partial.add(a);
            }
        }
        if (full.isEmpty() && partial.isEmpty()) {
            importer.skip(line, "no right answer (no \"=\" and no positive %weight%); question skipped");
            return null;
        }
        if (full.size() == 1) {
            // Moodle's partial credit on a single choice ("half credit answer") is kept as it is
            Map<String, Double> shares = new LinkedHashMap<>();
            for (int i = 0; i < answers.size(); i++) {
                double w = answers.get(i).effectiveWeight();
                if (w > 0 && w < 100) {
                    shares.put(choices.get(i).id(), w / 100);
                }
            }
            String right = choices.get(full.get(0).charAt(0) - 'a').text();
            QuestionInfo info = importer.info(title, prompt, qLine, explanation(feedback, right));
            return new SingleChoiceQuestion(info, choices, full.get(0), shares);
        }
        Set<String> right = new LinkedHashSet<>(full);
        if (!full.isEmpty()) {
            importer.skip(line, "several choices marked right with \"=\": imported as a multiple-choice question"
                    + " (tick every right answer)");
            for (GiftAnswer a : partial) {
                importer.skip(a.line(), "partial credit " + a.weightText() + " for \"" + importer.text(a.text(), a.line())
                        + "\" dropped beside choices marked fully right");
            }
        } else {
            for (int i = 0; i < answers.size(); i++) {
                if (answers.get(i).effectiveWeight() > 0) {
                    right.add(choices.get(i).id());
                }
            }
            // 33.33333 % and 33.33334 % are the same share written to Moodle's precision
            if (partial.stream().map(a -> Math.round(a.effectiveWeight() * 10)).distinct().count() > 1) {
                double sum = partial.stream().mapToDouble(GiftAnswer::effectiveWeight).sum();
                if (Math.abs(sum - 100) <= 1) {
                    // unequal weights are honoured as Moodle scores them: the sum of the picked weights
                    Map<String, Double> weights = new LinkedHashMap<>();
                    for (int i = 0; i < answers.size(); i++) {
                        if (answers.get(i).effectiveWeight() != 0) {
                            weights.put(choices.get(i).id(), Math.max(-100, answers.get(i).effectiveWeight()) / 100);
                        }
                    }
                    String rightText = String.join(" | ", choices.stream().filter(c -> right.contains(c.id())).map(Choice::text).toList());
                    QuestionInfo info = importer.info(title, prompt, qLine, explanation(feedback, rightText));
                    return new MultipleChoiceQuestion(info, choices, right, weights);
                }
                importer.skip(line, "unequal weights " + String.join(", ", partial.stream().map(GiftAnswer::weightText).toList())
                        + " add up to " + AnswerText.number(sum) + " %, not 100 %: rescored as equal partial credit,"
                        + " (right picks \u2212 wrong picks) / right choices");
            }
        }
        String rightText = String.join(" | ", choices.stream().filter(c -> right.contains(c.id())).map(Choice::text).toList());
        QuestionInfo info = importer.info(title, prompt, qLine, explanation(feedback, rightText));
        return new MultipleChoiceQuestion(info, choices, right);
    }

    private Question matching(String title, String prompt, int qLine, List<GiftAnswer> answers) {
        List<MatchPair> pairs = new ArrayList<>();
        Set<String> lefts = new HashSet<>();
        for (GiftAnswer a : answers) {
            int arrow = a.text().indexOf("->");
            if (a.marker() != '=' || arrow < 0) {
                importer.skip(a.line(), "matching answer without \"=left -> right\"; question skipped");
                return null;
            }
            String left = importer.text(a.text().substring(0, arrow), a.line());
            String right = importer.text(a.text().substring(arrow + 2), a.line());
            if (right.isEmpty()) {
                importer.skip(a.line(), "matching pair \"" + left + "\" has no right-hand side; question skipped");
                return null;
            }
            if (left.isEmpty()) {
                importer.skip(a.line(), "extra right-hand option \"" + right + "\" without a left dropped"
                        + " (bank matchings have no distractors)");
                continue;
            }
            if (!lefts.add(left)) {
                importer.skip(a.line(), "left \"" + left + "\" appears twice; question skipped");
                return null;
            }
            if (!a.feedback().isBlank()) {
                importer.skip(a.line(), "feedback on a matching pair dropped (Moodle ignores it too)");
            }
            pairs.add(new MatchPair(left, right));
        }
        if (pairs.size() < QuizConstants.MIN_PAIRS) {
            importer.skip(line, "matching with " + pairs.size() + " pair(s); banks need at least " + QuizConstants.MIN_PAIRS
                    + "; question skipped");
            return null;
        }
        String right = String.join(" | ", pairs.stream().map(p -> p.left() + " = " + p.right()).toList());
        return new MatchingQuestion(importer.info(title, prompt, qLine, explanation(List.of(), right)), pairs);
    }

    /** Only "=" answers and no arrows: Moodle's short answer, every accepted answer with its weight. */
    private Question shortAnswer(String title, String prompt, int qLine, List<GiftAnswer> answers) {
        List<AcceptedAnswer> accepted = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (GiftAnswer a : answers) {
            String text = importer.text(a.text(), a.line());
            if (text.isEmpty()) {
                importer.skip(a.line(), "empty accepted answer dropped");
                continue;
            }
            if (!seen.add(text)) {
                importer.skip(a.line(), "accepted answer \"" + text + "\" is listed twice; the second is dropped");
                continue;
            }
            // each answer keeps its own feedback, shown when that answer is typed
            accepted.add(new AcceptedAnswer(text, a.effectiveWeight() / 100, importer.text(a.feedback(), a.line())));
        }
        if (accepted.stream().noneMatch(a -> a.fraction() >= 1 - 1e-9)) {
            importer.skip(line, "short answer with no answer worth 100 %: no learner could get it right; skipped");
            return null;
        }
        String right = TextMatch.shown(accepted);
        return new ShortAnswerQuestion(importer.info(title, prompt, qLine, explanation(List.of(), right)), accepted, false);
    }
}
