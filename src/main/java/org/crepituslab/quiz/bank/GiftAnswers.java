package org.crepituslab.quiz.bank;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crepituslab.framework.Strings;
import org.crepituslab.quiz.model.Choice;
import org.crepituslab.quiz.model.MatchPair;
import org.crepituslab.quiz.model.MatchingQuestion;
import org.crepituslab.quiz.model.MultipleChoiceQuestion;
import org.crepituslab.quiz.model.NumericQuestion;
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
        this.general = g < 0 ? "" : GiftText.restore(inside.substring(g + 4));
    }

    /** The question this block makes, or null after reporting why not. */
    Question toQuestion(String title, String prompt, int qLine) {
        String inner = raw.strip();
        if (inner.isEmpty()) {
            importer.skip(line, "essay question (empty answer block {}) is not supported: there is nothing to score; skipped");
            return null;
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
        if (inner.contains("->")) {
            return matching(title, prompt, qLine, answers);
        }
        if (answers.stream().anyMatch(a -> a.marker() == '~')) {
            return choice(title, prompt, qLine, answers);
        }
        return shortAnswer(title, prompt, qLine, answers);
    }

    private List<GiftAnswer> split() {
        List<GiftAnswer> out = new ArrayList<>();
        int i = 0;
        while (i < raw.length() && Character.isWhitespace(raw.charAt(i))) {
            i++;
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


    private Question trueFalse(String title, String prompt, int qLine, Matcher tf) {
        boolean answer = tf.group(1).toUpperCase(Locale.ROOT).startsWith("T");
        List<String> parts = new ArrayList<>();
        if (tf.group(2) != null) {
            String[] fb = tf.group(2).substring(1).split("#", -1);
            // Moodle: the first feedback is shown for a wrong answer, the second for a right one
            if (fb.length > 1) {
                parts.add(GiftText.restore(fb[1]));
            }
            parts.add(GiftText.restore(fb[0]));
        }
        String expl = explanation(parts, Boolean.toString(answer));
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
            String text = GiftText.restore(a.text());
            if (text.isEmpty()) {
                importer.skip(a.line(), "empty choice; question skipped");
                return null;
            }
            String id = String.valueOf((char) ('a' + i));
            choices.add(new Choice(id, text));
            if (!a.feedback().isEmpty()) {
                feedback.add("\u201c" + text + "\u201d: " + a.feedback());
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
            for (GiftAnswer a : partial) {
                importer.skip(a.line(), "partial credit " + a.weightText() + " for \"" + GiftText.restore(a.text())
                        + "\" dropped: a single-choice question scores all or nothing");
            }
            String right = choices.get(full.get(0).charAt(0) - 'a').text();
            QuestionInfo info = importer.info(title, prompt, qLine, explanation(feedback, right));
            return new SingleChoiceQuestion(info, choices, full.get(0));
        }
        Set<String> right = new LinkedHashSet<>(full);
        if (!full.isEmpty()) {
            importer.skip(line, "several choices marked right with \"=\": imported as a multiple-choice question"
                    + " (tick every right answer)");
            for (GiftAnswer a : partial) {
                importer.skip(a.line(), "partial credit " + a.weightText() + " for \"" + GiftText.restore(a.text())
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
                importer.skip(line, "unequal weights " + String.join(", ", partial.stream().map(GiftAnswer::weightText).toList())
                        + " become equal partial credit: (right picks \u2212 wrong picks) / right choices");
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
            String left = GiftText.restore(a.text().substring(0, arrow));
            String right = GiftText.restore(a.text().substring(arrow + 2));
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
            if (!a.feedback().isEmpty()) {
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

    private Question shortAnswer(String title, String prompt, int qLine, List<GiftAnswer> answers) {
        GiftAnswer first = answers.get(0);
        String text = GiftText.restore(first.text());
        Double number = GiftNumerical.parseNumber(text);
        if (number == null) {
            importer.skip(line, "short-answer (free text) question is not supported: schemaVersion 1 has no"
                    + " free-text type; skipped");
            return null;
        }
        importer.skip(line, "short answer \"" + text + "\" is a number: imported as a numeric question with tolerance 0");
        for (GiftAnswer other : answers.subList(1, answers.size())) {
            importer.skip(other.line(), "other accepted answer \"" + GiftText.restore(other.text()) + "\" dropped");
        }
        List<String> fb = first.feedback().isEmpty() ? List.of() : List.of(first.feedback());
        return new NumericQuestion(importer.info(title, prompt, qLine, explanation(fb, text)), number, 0, null);
    }
}
