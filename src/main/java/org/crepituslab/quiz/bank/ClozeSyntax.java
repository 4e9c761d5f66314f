package org.crepituslab.quiz.bank;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crepituslab.quiz.model.AcceptedAnswer;
import org.crepituslab.quiz.model.ClozeGap;

/**
 * Moodle's embedded answers ("Cloze"): {@code {1:MULTICHOICE:=right#fb~wrong#fb}} or
 * {@code {1:SHORTANSWER:%100%Paris~%50%Marseille}} in the question text. Drop-down and short-answer
 * gaps are kept; numerical gaps become typed answers of the number as written; multi-response gaps
 * cannot be one gap and are refused.
 */
final class ClozeSyntax {
    private static final Pattern GAP = Pattern.compile("\\{(\\d*):([A-Z_]+):((?:\\\\}|[^}])*)}");
    private static final Pattern WEIGHT = Pattern.compile("^%(-?\\d+(?:\\.\\d+)?)%");

    /** The text with {n} markers and its gaps, or the reason it cannot be a cloze question. */
    record Parsed(String text, List<ClozeGap> gaps, String problem) {
    }

    private ClozeSyntax() {
    }

    static Parsed parse(String plain) {
        Matcher m = GAP.matcher(plain);
        StringBuilder text = new StringBuilder();
        List<ClozeGap> gaps = new ArrayList<>();
        while (m.find()) {
            String type = m.group(2).toUpperCase(Locale.ROOT);
            ClozeGap g = gap(type, m.group(3));
            if (g == null) {
                return new Parsed(null, null, "embedded answer type " + type + " cannot be a gap here"
                        + " (drop-down, short answer and numerical gaps can)");
            }
            gaps.add(g);
            m.appendReplacement(text, Matcher.quoteReplacement("{" + gaps.size() + "}"));
        }
        m.appendTail(text);
        return gaps.isEmpty() ? new Parsed(null, null, "no embedded answers {1:TYPE:...} in the text")
                : new Parsed(text.toString(), gaps, null);
    }

    private static ClozeGap gap(String type, String body) {
        boolean choice = type.startsWith("MULTICHOICE") || type.equals("MC") || type.equals("MCV") || type.equals("MCH")
                || type.equals("MCS") || type.equals("MCVS") || type.equals("MCHS");
        boolean typed = type.startsWith("SHORTANSWER") || type.equals("SA") || type.equals("MW") || type.equals("SAC")
                || type.equals("MWC") || type.startsWith("NUMERICAL") || type.equals("NM");
        if (!choice && !typed) {
            return null;
        }
        List<AcceptedAnswer> answers = new ArrayList<>();
        List<String> options = new ArrayList<>();
        for (String part : body.split("(?<!\\\\)~")) {
            String p = part.strip();
            double fraction = 0;
            if (p.startsWith("=")) {
                fraction = 1;
                p = p.substring(1);
            }
            Matcher w = WEIGHT.matcher(p);
            if (w.find()) {
                fraction = Double.parseDouble(w.group(1)) / 100;
                p = p.substring(w.end());
            }
            int hash = p.indexOf('#');
            String text = unescape(hash < 0 ? p : p.substring(0, hash)).strip();
            String fb = hash < 0 ? "" : unescape(p.substring(hash + 1)).strip();
            if (type.startsWith("NUMERICAL") || type.equals("NM")) {
                text = text.replaceFirst(":.*$", "");
            }
            if (text.isEmpty()) {
                continue;
            }
            if (choice && !options.contains(text)) {
                options.add(text);
            }
            String answer = text;
            if (answers.stream().noneMatch(a -> a.text().equals(answer))) {
                answers.add(new AcceptedAnswer(answer, Math.max(-1, Math.min(1, fraction)), fb));
            }
        }
        if (choice && options.size() < 2) {
            return null;
        }
        return new ClozeGap(choice ? options : List.of(), answers);
    }

    private static String unescape(String s) {
        return s.replace("\\}", "}").replace("\\~", "~").replace("\\#", "#").replace("\\/", "/").replace("\\\"", "\"");
    }
}
