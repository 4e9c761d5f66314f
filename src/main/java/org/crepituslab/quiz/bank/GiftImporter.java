package org.crepituslab.quiz.bank;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crepituslab.quiz.model.DescriptionQuestion;
import org.crepituslab.quiz.model.Question;
import org.crepituslab.quiz.model.QuestionInfo;

/**
 * Imports Moodle GIFT as Moodle reads it: multiple choice (with %weights%, kept), true/false (each
 * feedback with its answer), short answer (weights, feedback, * wildcard), numerical ({@code {#20:5}},
 * {@code {#10..20}}, other-answer feedback), matching, essay ({@code {}}), description (no block),
 * {@code $CATEGORY:} (topics), {@code ::title::} (ids), {@code #feedback} and {@code ####general
 * feedback}, {@code //} comments, the escapes {@code \= \~ \# \{ \} \:} and the text formats
 * ({@link GiftMarkup}). Every construct that cannot be imported as written is reported with its
 * line, never dropped silently; more than the bank limit of questions stops the import.
 */
public final class GiftImporter {
    private static final Pattern CATEGORY = Pattern.compile("^\\$CATEGORY:\\s*(.*)$");
    private final ImportBook book = new ImportBook();

    private GiftImporter() {
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
        GiftImporter g = new GiftImporter();
        GiftBlock.each(text, b -> {
            g.block(b);
            return !g.book.full();
        });
        return g.book.full() ? g.book.tooMany(fileName) : g.book.result(fileName, "GIFT");
    }

    void skip(int line, String message) {
        book.skip(line, message);
    }

    private void block(GiftBlock b) {
        String text = b.text();
        int offset = 0;
        Matcher cat = CATEGORY.matcher(b.lines().get(0).strip());
        if (cat.matches()) {
            book.category(GiftText.restore(cat.group(1)), b.firstLine());
            if (b.lines().size() == 1) {
                return;
            }
            offset = text.indexOf('\n') + 1;
        }
        question(b, text, offset);
    }

    private void question(GiftBlock b, String text, int start) {
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
            description(title, body, line);
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
        GiftAnswers answers = new GiftAnswers(this, body.substring(open + 1, close), b, bodyStart + open + 1);
        Question q = answers.toQuestion(title, prompt, line);
        if (q != null) {
            book.add(q);
        }
    }

    private String prompt(String before, String after, int line) {
        String head = text(before, line);
        String tail = text(after, line);
        return tail.isEmpty() ? head : (head + " _____ " + tail).strip();
    }

    /** GIFT text (escapes still protected) as the plain text a bank holds; markup notes go to the report. */
    String text(String raw, int line) {
        return GiftMarkup.text(raw, line, this::skip);
    }

    /** Text without an answer block: Moodle's description, an information item. */
    private void description(String title, String body, int line) {
        String text = text(body, line);
        if (text.isEmpty()) {
            skip(line, "title without any text; skipped");
            return;
        }
        book.add(new DescriptionQuestion(info(title, text, line, "")));
    }

    QuestionInfo info(String title, String prompt, int line, String explanation) {
        return book.info(title, prompt, line, explanation);
    }
}
