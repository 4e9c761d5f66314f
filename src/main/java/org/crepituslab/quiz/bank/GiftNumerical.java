package org.crepituslab.quiz.bank;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.crepituslab.quiz.model.AnswerText;
import org.crepituslab.quiz.model.NumericQuestion;
import org.crepituslab.quiz.model.Question;

/** A GIFT numerical block {#...}: one answer with tolerance, a range, or several weighted answers. */
final class GiftNumerical {
    private final GiftImporter importer;
    private final GiftAnswers answers;
    private final String raw;
    private final GiftBlock block;
    private final int offset;
    private final int line;

    GiftNumerical(GiftImporter importer, GiftAnswers answers, String raw, GiftBlock block, int offset, int line) {
        this.importer = importer;
        this.answers = answers;
        this.raw = raw;
        this.block = block;
        this.offset = offset;
        this.line = line;
    }

    /** A numerical block; {@code from} is where its spec starts in {@link #raw} (after the #). */
    Question question(String title, String prompt, int qLine, int from) {
        String spec = raw.substring(from);
        int lead = spec.length() - spec.stripLeading().length();
        String s = spec.strip();
        if (!s.startsWith("=") && !s.startsWith("~")) {
            int hash = s.indexOf('#');
            String value = hash < 0 ? s : s.substring(0, hash);
            String fb = hash < 0 ? "" : GiftText.restore(s.substring(hash + 1));
            return numericAnswer(title, prompt, qLine, value, fb.isEmpty() ? List.of() : List.of(fb));
        }
        List<GiftAnswer> all = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char marker = s.charAt(i);
            int end = i + 1;
            while (end < s.length() && s.charAt(end) != '=' && s.charAt(end) != '~') {
                end++;
            }
            all.add(GiftAnswer.parse(marker, s.substring(i + 1, end), block.lineAt(offset + from + lead + i)));
            i = end;
        }
        GiftAnswer best = all.stream().filter(a -> a.marker() == '=')
                .max(Comparator.comparingDouble(GiftAnswer::effectiveWeight)).orElse(null);
        if (best == null) {
            importer.skip(line, "numerical question without a right answer (=); skipped");
            return null;
        }
        for (GiftAnswer a : all) {
            if (a != best) {
                importer.skip(a.line(), "extra numerical answer \"" + GiftText.restore(a.text()) + "\" (" + a.weightText()
                        + ") dropped: banks keep one answer and tolerance");
            }
        }
        if (best.weight() != null && best.weight() < 100) {
            importer.skip(line, "best numerical answer is worth only " + best.weightText() + "; imported as fully right");
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
                importer.skip(line, "numerical range \"" + v + "\" is not \"low..high\"; question skipped");
                return null;
            }
            answer = (a + b) / 2;
            tolerance = (b - a) / 2;
        } else {
            a = parseNumber(colon >= 0 ? v.substring(0, colon) : v);
            b = colon >= 0 ? parseNumber(v.substring(colon + 1)) : Double.valueOf(0);
            if (a == null || b == null || b < 0) {
                importer.skip(line, "numerical answer \"" + v + "\" is not \"answer:tolerance\"; question skipped");
                return null;
            }
            answer = a;
            tolerance = b;
        }
        String correct = AnswerText.number(answer)
                + (tolerance > 0 ? " \u00b1 " + AnswerText.number(tolerance) : "");
        return new NumericQuestion(importer.info(title, prompt, qLine, answers.explanation(fb, correct)), answer, tolerance, null);
    }

    static Double parseNumber(String s) {
        try {
            double d = Double.parseDouble(s.strip());
            return Double.isFinite(d) ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
