package org.crepituslab.quiz.bank;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crepituslab.framework.Strings;
import org.crepituslab.quiz.model.Bank;
import org.crepituslab.quiz.model.Behaviour;
import org.crepituslab.quiz.model.Choice;
import org.crepituslab.quiz.model.MatchPair;
import org.crepituslab.quiz.model.MatchingQuestion;
import org.crepituslab.quiz.model.MultipleChoiceQuestion;
import org.crepituslab.quiz.model.NumericQuestion;
import org.crepituslab.quiz.model.Question;
import org.crepituslab.quiz.model.QuestionInfo;
import org.crepituslab.quiz.model.QuizConstants;
import org.crepituslab.quiz.model.SingleChoiceQuestion;
import org.crepituslab.quiz.model.Topic;
import org.crepituslab.quiz.model.TrueFalseQuestion;

/**
 * Imports Moodle GIFT: multiple choice (with %weights%), true/false, short answer (numeric ones
 * only: banks have no free-text type), numerical ({@code {#20:5}}, {@code {#10..20}}), matching,
 * {@code $CATEGORY:} (topics), {@code ::title::} (ids), {@code #feedback} and {@code ####general
 * feedback} (explanations), {@code //} comments and the escapes {@code \= \~ \# \{ \} \:}. Every
 * construct that cannot be imported as written is reported with its line, never dropped silently.
 */
public final class GiftImporter {
    private static final Pattern CATEGORY = Pattern.compile("^\\$CATEGORY:\\s*(.*)$");
    private static final Pattern CATEGORY_PREFIX = Pattern.compile("^(\\$[a-z0-9]+\\$/)?(top/)?");
    private static final Pattern FORMAT = Pattern.compile("^\\[(html|moodle|plain|markdown)]", Pattern.CASE_INSENSITIVE);
    private static final Pattern WEIGHT = Pattern.compile("^%(-?\\d+(?:\\.\\d+)?)%");
    private static final Pattern TRUE_FALSE = Pattern.compile("^(TRUE|FALSE|T|F)\\s*(#.*)?$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final String DEFAULT_TOPIC = "general";
    private static final int DEFAULT_DIFFICULTY = 2;

    private final String file;
    private final List<GiftIssue> issues = new ArrayList<>();
    private final Map<String, Topic> topics = new LinkedHashMap<>();
    private final List<Question> questions = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();
    private String topic;

    private GiftImporter(String file) {
        this.file = file;
    }

    /** Imports a GIFT file: size limit and strict UTF-8 first; a file that is unreadable gives a fatal problem. */
    public static GiftResult importFile(Path path) {
        try {
            String text = BankFiles.decodeUtf8(BankFiles.read(path, p -> { }), path.toString());
            return importText(text, path.getFileName().toString());
        } catch (BankFormatException e) {
            return new GiftResult(null, List.of(), e.problem());
        }
    }

    /** Imports GIFT text; {@code fileName} names the bank ("cavitation.gift" → id "cavitation"). */
    public static GiftResult importText(String text, String fileName) {
        GiftImporter g = new GiftImporter(fileName);
        for (Block b : Block.split(text)) {
            g.block(b);
        }
        String base = fileName.replaceFirst("\\.[^.]*$", "");
        if (g.questions.isEmpty()) {
            String why = g.issues.isEmpty() ? "no GIFT questions found" : "no question could be imported ("
                    + g.issues.size() + " skipped)";
            return new GiftResult(null, g.issues, new BankProblem(fileName, 0, 0, "", why));
        }
        String id = GiftText.slug(base).isEmpty() ? "gift-import" : GiftText.slug(base);
        Bank bank = new Bank(QuizConstants.SCHEMA_VERSION, id, base.isBlank() ? id : base, "en", Behaviour.DEFAULT,
                Map.of(), List.copyOf(g.topics.values()), g.questions);
        return new GiftResult(bank, g.issues, null);
    }

    /** A run of non-blank, non-comment lines: one GIFT item. */
    record Block(List<Integer> lineNumbers, List<String> lines) {
        static List<Block> split(String text) {
            List<Block> out = new ArrayList<>();
            String[] all = text.split("\\r?\\n|\\r", -1);
            List<Integer> nums = new ArrayList<>();
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < all.length; i++) {
                String line = all[i];
                if (line.strip().startsWith("//")) {
                    continue;
                }
                if (line.isBlank()) {
                    if (!lines.isEmpty()) {
                        out.add(new Block(List.copyOf(nums), List.copyOf(lines)));
                        nums.clear();
                        lines.clear();
                    }
                    continue;
                }
                nums.add(i + 1);
                lines.add(GiftText.protect(line));
            }
            if (!lines.isEmpty()) {
                out.add(new Block(nums, lines));
            }
            return out;
        }

        String text() {
            return String.join("\n", lines);
        }

        /** The file line of a character offset in {@link #text()}. */
        int lineAt(int offset) {
            String t = text();
            int line = 0;
            for (int i = 0; i < Math.min(offset, t.length()); i++) {
                if (t.charAt(i) == '\n') {
                    line++;
                }
            }
            return lineNumbers.get(Math.min(line, lineNumbers.size() - 1));
        }

        int firstLine() {
            return lineNumbers.get(0);
        }
    }

    private void skip(int line, String message) {
        issues.add(new GiftIssue(line, message));
    }

    private void block(Block b) {
        String text = b.text();
        int offset = 0;
        Matcher cat = CATEGORY.matcher(b.lines().get(0).strip());
        if (cat.matches()) {
            category(GiftText.restore(cat.group(1)), b.firstLine());
            if (b.lines().size() == 1) {
                return;
            }
            offset = text.indexOf('\n') + 1;
        }
        question(b, text, offset);
    }

    private void category(String path, int line) {
        String name = CATEGORY_PREFIX.matcher(path.strip()).replaceFirst("").strip();
        String id = GiftText.slug(name);
        if (id.isEmpty()) {
            skip(line, "category \"" + path + "\" has no usable name; questions stay in the previous topic");
            return;
        }
        topics.putIfAbsent(id, new Topic(id, name));
        topic = id;
    }

    private void question(Block b, String text, int start) {
        int line = b.lineAt(start);
        String body = text.substring(start).strip();
        int bodyStart = text.indexOf(body, start);
        String title = null;
        if (body.startsWith("::")) {
            int end = body.indexOf("::", 2);
            if (end < 0) {
                skip(line, "title \"::\" is not closed with \"::\"; question skipped");
                return;
            }
            title = GiftText.restore(body.substring(2, end));
            body = body.substring(end + 2);
            bodyStart = text.indexOf(body, bodyStart);
        }
        int open = body.indexOf('{');
        if (open < 0) {
            skip(line, "text without an answer block {\u2026} (a description or a mistake); skipped");
            return;
        }
        int close = body.indexOf('}', open);
        if (close < 0) {
            skip(b.lineAt(bodyStart + open), "answer block \"{\" is never closed with \"}\"; question skipped"
                    + " (write \\{ for a literal brace)");
            return;
        }
        String before = body.substring(0, open);
        String after = body.substring(close + 1);
        if (after.indexOf('{') >= 0) {
            skip(line, "several answer blocks in one question (embedded answers / cloze) are not supported;"
                    + " question skipped");
            return;
        }
        String prompt = prompt(before, after, line);
        if (prompt.isEmpty()) {
            skip(line, "question has no text; skipped");
            return;
        }
        Answers answers = new Answers(body.substring(open + 1, close), b, bodyStart + open + 1);
        Question q = answers.toQuestion(title, prompt, line);
        if (q != null) {
            questions.add(q);
        }
    }

    private String prompt(String before, String after, int line) {
        String text = before.strip();
        Matcher fmt = FORMAT.matcher(text);
        if (fmt.find()) {
            String format = fmt.group(1).toLowerCase(Locale.ROOT);
            text = text.substring(fmt.end());
            if (format.equals("html")) {
                String plain = text.replaceAll("<[^>]*>", " ");
                if (!plain.equals(text)) {
                    skip(line, "HTML markup removed from the question text (banks hold plain text)");
                }
                text = plain.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">")
                        .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
            }
        }
        String head = GiftText.restore(text);
        String tail = GiftText.restore(after);
        return tail.isEmpty() ? head : (head + " _____ " + tail).strip();
    }

    private String newId(String title, int line) {
        String base = title == null ? "" : GiftText.slug(title);
        if (base.isEmpty()) {
            base = "question-" + (questions.size() + 1);
        }
        String id = base;
        for (int n = 2; ids.contains(id); n++) {
            id = base + "-" + n;
        }
        if (title != null && !id.equals(base)) {
            skip(line, "title \"" + title + "\" is used twice; this question's id is \"" + id + "\"");
        }
        ids.add(id);
        return id;
    }

    private String currentTopic() {
        if (topic == null) {
            topics.putIfAbsent(DEFAULT_TOPIC, new Topic(DEFAULT_TOPIC, Strings.get("quiz.gift.defaultTopic")));
            return DEFAULT_TOPIC;
        }
        return topic;
    }

    /** One answer of a block: its marker (= or ~), %weight%, text, #feedback and line. */
    private record Answer(char marker, Double weight, String text, String feedback, int line) {
        double effectiveWeight() {
            return weight != null ? weight : marker == '=' ? 100 : 0;
        }
    }

    /** The inside of an answer block and what it becomes. */
    private final class Answers {
        private final String raw;
        private final Block block;
        private final int offset;
        private final String general;
        private final int line;

        Answers(String inside, Block block, int offset) {
            this.block = block;
            this.offset = offset;
            this.line = block.lineAt(offset);
            int g = inside.indexOf("####");
            this.raw = g < 0 ? inside : inside.substring(0, g);
            this.general = g < 0 ? "" : GiftText.restore(inside.substring(g + 4));
        }

        Question toQuestion(String title, String prompt, int qLine) {
            String inner = raw.strip();
            if (inner.isEmpty()) {
                skip(line, "essay question (empty answer block {}) is not supported: there is nothing to score; skipped");
                return null;
            }
            if (inner.startsWith("#")) {
                return numeric(title, prompt, qLine, raw.indexOf('#') + 1);
            }
            Matcher tf = TRUE_FALSE.matcher(inner);
            if (tf.matches()) {
                return trueFalse(title, prompt, qLine, tf);
            }
            List<Answer> answers = split();
            if (answers == null) {
                return null;
            }
            if (answers.isEmpty()) {
                skip(line, "answer block has no answers starting with = or ~; skipped");
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

        private List<Answer> split() {
            List<Answer> out = new ArrayList<>();
            int i = 0;
            while (i < raw.length() && Character.isWhitespace(raw.charAt(i))) {
                i++;
            }
            if (i < raw.length() && raw.charAt(i) != '=' && raw.charAt(i) != '~') {
                skip(block.lineAt(offset + i), "text before the first answer in {\u2026}: each answer must start with"
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
                out.add(answer(marker, raw.substring(start, end), block.lineAt(offset + i)));
                i = end;
            }
            return out;
        }

        private Answer answer(char marker, String body, int at) {
            String b = body.strip();
            Double weight = null;
            Matcher w = WEIGHT.matcher(b);
            if (w.find()) {
                weight = Double.parseDouble(w.group(1));
                b = b.substring(w.end());
            }
            int hash = b.indexOf('#');
            String text = hash < 0 ? b : b.substring(0, hash);
            String feedback = hash < 0 ? "" : b.substring(hash + 1);
            return new Answer(marker, weight, text, GiftText.restore(feedback), at);
        }

        private String explanation(List<String> parts, String correct) {
            List<String> all = new ArrayList<>();
            if (!general.isEmpty()) {
                all.add(general);
            }
            parts.stream().filter(p -> !p.isBlank()).forEach(all::add);
            return all.isEmpty() ? Strings.format("quiz.gift.defaultExplanation", correct) : String.join("\n", all);
        }

        private QuestionInfo info(String title, String prompt, int qLine, String explanation) {
            return new QuestionInfo(newId(title, qLine), List.of(currentTopic()), DEFAULT_DIFFICULTY, prompt,
                    explanation, null, null, null);
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
            return new TrueFalseQuestion(info(title, prompt, qLine, expl), answer);
        }

        private Question choice(String title, String prompt, int qLine, List<Answer> answers) {
            if (answers.size() < QuizConstants.MIN_CHOICES || answers.size() > QuizConstants.MAX_CHOICES) {
                skip(line, "multiple choice with " + answers.size() + " choices; banks allow "
                        + QuizConstants.MIN_CHOICES + " to " + QuizConstants.MAX_CHOICES + "; question skipped");
                return null;
            }
            List<Choice> choices = new ArrayList<>();
            List<String> feedback = new ArrayList<>();
            List<String> full = new ArrayList<>();
            List<Answer> partial = new ArrayList<>();
            for (int i = 0; i < answers.size(); i++) {
                Answer a = answers.get(i);
                String text = GiftText.restore(a.text());
                if (text.isEmpty()) {
                    skip(a.line(), "empty choice; question skipped");
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
                skip(line, "no right answer (no \"=\" and no positive %weight%); question skipped");
                return null;
            }
            if (full.size() == 1) {
                for (Answer a : partial) {
                    skip(a.line(), "partial credit " + weight(a) + " for \"" + GiftText.restore(a.text())
                            + "\" dropped: a single-choice question scores all or nothing");
                }
                String right = choices.get(idIndex(full.get(0))).text();
                QuestionInfo info = info(title, prompt, qLine, explanation(feedback, right));
                return new SingleChoiceQuestion(info, choices, full.get(0));
            }
            Set<String> right = new java.util.LinkedHashSet<>(full);
            if (!full.isEmpty()) {
                skip(line, "several choices marked right with \"=\": imported as a multiple-choice question"
                        + " (tick every right answer)");
                for (Answer a : partial) {
                    skip(a.line(), "partial credit " + weight(a) + " for \"" + GiftText.restore(a.text())
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
                    skip(line, "unequal weights " + String.join(", ", partial.stream().map(this::weight).toList())
                            + " become equal partial credit: (right picks \u2212 wrong picks) / right choices");
                }
            }
            String rightText = String.join(" | ", choices.stream().filter(c -> right.contains(c.id())).map(Choice::text).toList());
            QuestionInfo info = info(title, prompt, qLine, explanation(feedback, rightText));
            return new MultipleChoiceQuestion(info, choices, right);
        }

        private int idIndex(String id) {
            return id.charAt(0) - 'a';
        }

        private String weight(Answer a) {
            return org.crepituslab.quiz.model.AnswerText.number(a.effectiveWeight()) + " %";
        }

        private Question matching(String title, String prompt, int qLine, List<Answer> answers) {
            List<MatchPair> pairs = new ArrayList<>();
            Set<String> lefts = new HashSet<>();
            for (Answer a : answers) {
                int arrow = a.text().indexOf("->");
                if (a.marker() != '=' || arrow < 0) {
                    skip(a.line(), "matching answer without \"=left -> right\"; question skipped");
                    return null;
                }
                String left = GiftText.restore(a.text().substring(0, arrow));
                String right = GiftText.restore(a.text().substring(arrow + 2));
                if (right.isEmpty()) {
                    skip(a.line(), "matching pair \"" + left + "\" has no right-hand side; question skipped");
                    return null;
                }
                if (left.isEmpty()) {
                    skip(a.line(), "extra right-hand option \"" + right + "\" without a left dropped"
                            + " (bank matchings have no distractors)");
                    continue;
                }
                if (!lefts.add(left)) {
                    skip(a.line(), "left \"" + left + "\" appears twice; question skipped");
                    return null;
                }
                if (!a.feedback().isEmpty()) {
                    skip(a.line(), "feedback on a matching pair dropped (Moodle ignores it too)");
                }
                pairs.add(new MatchPair(left, right));
            }
            if (pairs.size() < QuizConstants.MIN_PAIRS) {
                skip(line, "matching with " + pairs.size() + " pair(s); banks need at least " + QuizConstants.MIN_PAIRS
                        + "; question skipped");
                return null;
            }
            String right = String.join(" | ", pairs.stream().map(p -> p.left() + " = " + p.right()).toList());
            return new MatchingQuestion(info(title, prompt, qLine, explanation(List.of(), right)), pairs);
        }

        private Question shortAnswer(String title, String prompt, int qLine, List<Answer> answers) {
            Answer first = answers.get(0);
            String text = GiftText.restore(first.text());
            Double number = parseNumber(text);
            if (number == null) {
                skip(line, "short-answer (free text) question is not supported: schemaVersion 1 has no"
                        + " free-text type; skipped");
                return null;
            }
            skip(line, "short answer \"" + text + "\" is a number: imported as a numeric question with tolerance 0");
            for (Answer other : answers.subList(1, answers.size())) {
                skip(other.line(), "other accepted answer \"" + GiftText.restore(other.text()) + "\" dropped");
            }
            List<String> fb = first.feedback().isEmpty() ? List.of() : List.of(first.feedback());
            return new NumericQuestion(info(title, prompt, qLine, explanation(fb, text)), number, 0, null);
        }

        /** A numerical block; {@code from} is where its spec starts in {@link #raw} (after the #). */
        private Question numeric(String title, String prompt, int qLine, int from) {
            String spec = raw.substring(from);
            int lead = spec.length() - spec.stripLeading().length();
            String s = spec.strip();
            if (!s.startsWith("=") && !s.startsWith("~")) {
                int hash = s.indexOf('#');
                String value = hash < 0 ? s : s.substring(0, hash);
                String fb = hash < 0 ? "" : GiftText.restore(s.substring(hash + 1));
                return numericAnswer(title, prompt, qLine, value, fb.isEmpty() ? List.of() : List.of(fb));
            }
            List<Answer> answers = new ArrayList<>();
            int i = 0;
            while (i < s.length()) {
                char marker = s.charAt(i);
                int end = i + 1;
                while (end < s.length() && s.charAt(end) != '=' && s.charAt(end) != '~') {
                    end++;
                }
                answers.add(answer(marker, s.substring(i + 1, end), block.lineAt(offset + from + lead + i)));
                i = end;
            }
            Answer best = answers.stream().filter(a -> a.marker() == '=')
                    .max(java.util.Comparator.comparingDouble(Answer::effectiveWeight)).orElse(null);
            if (best == null) {
                skip(line, "numerical question without a right answer (=); skipped");
                return null;
            }
            for (Answer a : answers) {
                if (a != best) {
                    skip(a.line(), "extra numerical answer \"" + GiftText.restore(a.text()) + "\" (" + weight(a)
                            + ") dropped: banks keep one answer and tolerance");
                }
            }
            if (best.weight() != null && best.weight() < 100) {
                skip(line, "best numerical answer is worth only " + weight(best) + "; imported as fully right");
            }
            List<String> fb = best.feedback().isEmpty() ? List.of() : List.of(best.feedback());
            return numericAnswer(title, prompt, qLine, best.text(), fb);
        }

        private Question numericAnswer(String title, String prompt, int qLine, String value, List<String> fb) {
            String v = GiftText.restore(value);
            double answer;
            double tolerance;
            int range = v.indexOf("..");
            int colon = v.indexOf(':');
            Double a;
            Double b;
            if (range >= 0) {
                a = parseNumber(v.substring(0, range));
                b = parseNumber(v.substring(range + 2));
                if (a == null || b == null || b < a) {
                    skip(line, "numerical range \"" + v + "\" is not \"low..high\"; question skipped");
                    return null;
                }
                answer = (a + b) / 2;
                tolerance = (b - a) / 2;
            } else {
                a = parseNumber(colon >= 0 ? v.substring(0, colon) : v);
                b = colon >= 0 ? parseNumber(v.substring(colon + 1)) : Double.valueOf(0);
                if (a == null || b == null || b < 0) {
                    skip(line, "numerical answer \"" + v + "\" is not \"answer:tolerance\"; question skipped");
                    return null;
                }
                answer = a;
                tolerance = b;
            }
            String correct = org.crepituslab.quiz.model.AnswerText.number(answer)
                    + (tolerance > 0 ? " \u00b1 " + org.crepituslab.quiz.model.AnswerText.number(tolerance) : "");
            return new NumericQuestion(info(title, prompt, qLine, explanation(fb, correct)), answer, tolerance, null);
        }

        private Double parseNumber(String s) {
            try {
                double d = Double.parseDouble(s.strip());
                return Double.isFinite(d) ? d : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }
}
