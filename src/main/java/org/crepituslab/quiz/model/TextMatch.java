package org.crepituslab.quiz.model;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Moodle's short-answer matching: surrounding spaces and repeated spaces do not count, case only
 * when asked, and {@code *} in an accepted answer matches any run of characters. The best share
 * among the answers that match wins.
 */
public final class TextMatch {
    private TextMatch() {
    }

    /** The accepted answer that scores best for this typed text, or null when none matches. */
    public static AcceptedAnswer best(List<AcceptedAnswer> answers, String typed, boolean caseSensitive) {
        if (typed == null) {
            return null;
        }
        String t = normal(typed);
        AcceptedAnswer best = null;
        for (AcceptedAnswer a : answers) {
            if (matches(a.text(), t, caseSensitive) && (best == null || a.fraction() > best.fraction())) {
                best = a;
            }
        }
        return best;
    }

    public static double score(List<AcceptedAnswer> answers, String typed, boolean caseSensitive) {
        AcceptedAnswer a = best(answers, typed, caseSensitive);
        return a == null ? 0 : Math.max(0, a.fraction());
    }

    static boolean matches(String pattern, String typed, boolean caseSensitive) {
        StringBuilder regex = new StringBuilder();
        for (String part : normal(pattern).split("\\*", -1)) {
            regex.append(Pattern.quote(part)).append(".*");
        }
        regex.setLength(regex.length() - 2);
        int flags = caseSensitive ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        return Pattern.compile(regex.toString(), flags | Pattern.DOTALL).matcher(typed).matches();
    }

    private static String normal(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }

    /** The best accepted answer's text (with its wildcard), for "the right answer is". */
    public static String shown(List<AcceptedAnswer> answers) {
        return answers.stream().max(Comparator.comparingDouble(AcceptedAnswer::fraction))
                .map(AcceptedAnswer::text).orElse("");
    }
}
