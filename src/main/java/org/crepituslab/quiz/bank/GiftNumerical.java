package org.crepituslab.quiz.bank;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.crepituslab.framework.Strings;
import org.crepituslab.quiz.model.NumericQuestion;
import org.crepituslab.quiz.model.Question;

/** A GIFT numerical block {#...}: one answer with tolerance, a range, or several weighted answers. */
final class GiftNumerical {
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d{1,4})?");

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
            int tilde = s.indexOf('~');
            if (tilde >= 0 && (hash < 0 || tilde < hash)) {
                hash = -1;
            }
            String value = tilde >= 0 && hash < 0 ? s.substring(0, tilde) : hash < 0 ? s : s.substring(0, hash);
            String rest = tilde >= 0 ? s.substring(tilde) : "";
            String fb = hash < 0 ? "" : importer.text(s.substring(hash + 1, tilde > hash ? tilde : s.length()), line);
            if (!rest.isEmpty()) {
                String other = GiftAnswer.parse('~', rest.substring(1), line).feedback();
                List<String> parts = new ArrayList<>();
                if (!fb.isEmpty()) {
                    parts.add(fb);
                }
                if (!other.isEmpty()) {
                    parts.add(Strings.format("quiz.gift.otherAnswers", importer.text(other, line)));
                }
                return numericAnswer(title, prompt, qLine, value, parts);
            }
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
        // "~#feedback" (no number) is Moodle's feedback for any other answer
        List<String> others = new ArrayList<>();
        all.removeIf(a -> {
            boolean other = a.marker() == '~' && GiftText.restore(a.text()).isEmpty();
            if (other && !a.feedback().isEmpty()) {
                others.add(Strings.format("quiz.gift.otherAnswers", importer.text(a.feedback(), a.line())));
            }
            return other;
        });
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
        List<String> fb = new ArrayList<>();
        if (!best.feedback().isEmpty()) {
            fb.add(importer.text(best.feedback(), best.line()));
        }
        fb.addAll(others);
        return numericAnswer(title, prompt, qLine, best.text(), fb);
    }

    /**
     * "answer:tolerance", "answer" or "low..high". Decimal arithmetic keeps a range as written:
     * 3.141..3.142 is 3.1415 ± 0.0005, not 3.1414999999999997 ± 0.0004999999999999449.
     */
    private Question numericAnswer(String title, String prompt, int qLine, String value, List<String> fb) {
        String v = GiftText.restore(value);
        int range = v.indexOf("..");
        int colon = v.indexOf(':');
        BigDecimal answer;
        BigDecimal tolerance;
        String correct;
        if (range >= 0) {
            BigDecimal a = decimal(v.substring(0, range));
            BigDecimal b = decimal(v.substring(range + 2));
            if (a == null || b == null || b.compareTo(a) < 0) {
                importer.skip(line, "numerical range \"" + v + "\" is not \"low..high\"; question skipped");
                return null;
            }
            answer = a.add(b).divide(BigDecimal.valueOf(2));
            tolerance = b.subtract(a).divide(BigDecimal.valueOf(2));
            correct = v.substring(0, range).strip() + " \u2013 " + v.substring(range + 2).strip();
        } else {
            answer = decimal(colon >= 0 ? v.substring(0, colon) : v);
            tolerance = colon >= 0 ? decimal(v.substring(colon + 1)) : BigDecimal.ZERO;
            if (answer == null || tolerance == null || tolerance.signum() < 0) {
                importer.skip(line, "numerical answer \"" + v + "\" is not \"answer:tolerance\"; question skipped");
                return null;
            }
            correct = (colon >= 0 ? v.substring(0, colon) : v).strip()
                    + (tolerance.signum() > 0 ? " \u00b1 " + v.substring(colon + 1).strip() : "");
        }
        return new NumericQuestion(importer.info(title, prompt, qLine, answers.explanation(fb, correct)),
                answer.doubleValue(), tolerance.doubleValue(), null);
    }

    /** A plain decimal number as people write it ("3", "-2.5", "1e3"); null for "3D", "0x1p3", "NaN" or huge. */
    static BigDecimal decimal(String s) {
        String t = s.strip();
        if (!NUMBER.matcher(t).matches()) {
            return null;
        }
        BigDecimal d = new BigDecimal(t);
        return Double.isFinite(d.doubleValue()) ? d : null;
    }

    static Double parseNumber(String s) {
        BigDecimal d = decimal(s);
        return d == null ? null : d.doubleValue();
    }
}
