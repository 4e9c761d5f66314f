package org.crepituslab.quiz.bank;

import java.text.Normalizer;
import java.util.Locale;

/**
 * GIFT's escapes. Before parsing, each escaped special character ({@code \= \~ \# \{ \} \: \\})
 * becomes a private-use placeholder, so the parser can split on the plain characters; after
 * parsing, placeholders turn back into the literal characters. {@code \n} is a line break.
 */
final class GiftText {
    private static final String SPECIAL = "=~#{}:\\";
    private static final char BASE = '\uE000';
    private static final char NEWLINE = '\uE010';

    private GiftText() {
    }

    static String protect(String line) {
        StringBuilder sb = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                char n = line.charAt(i + 1);
                int k = SPECIAL.indexOf(n);
                if (k >= 0) {
                    sb.append((char) (BASE + k));
                    i++;
                    continue;
                }
                if (n == 'n') {
                    sb.append(NEWLINE);
                    i++;
                    continue;
                }
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** Placeholders back to literal characters; runs of whitespace (GIFT line wrapping) to one space. */
    static String restore(String text) {
        String collapsed = text.strip().replaceAll("\\s+", " ");
        StringBuilder sb = new StringBuilder(collapsed.length());
        for (int i = 0; i < collapsed.length(); i++) {
            char c = collapsed.charAt(i);
            if (c == NEWLINE) {
                sb.append('\n');
            } else if (c >= BASE && c < BASE + SPECIAL.length()) {
                sb.append(SPECIAL.charAt(c - BASE));
            } else {
                sb.append(c);
            }
        }
        return sb.toString().strip();
    }

    /** Text written into a GIFT file: special characters escaped, line breaks as \n. */
    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (SPECIAL.indexOf(c) >= 0) {
                sb.append('\\').append(c);
            } else if (c == '\n') {
                sb.append("\\n");
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** A bank id from free text: "Cavitation & gases" → "cavitation-gases"; empty when nothing is left. */
    static String slug(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > 50) {
            s = s.substring(0, 50).replaceAll("-+$", "");
        }
        return s;
    }
}
