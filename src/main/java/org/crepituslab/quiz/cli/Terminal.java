package org.crepituslab.quiz.cli;

/**
 * Text from a bank or an import shown on a terminal: control characters (escape sequences that
 * could recolour, retitle or rewrite the terminal) are shown as visible {@code \u001b}-style codes,
 * never sent raw. Line breaks and tabs stay.
 */
public final class Terminal {
    private Terminal() {
    }

    public static String safe(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((Character.isISOControl(c) && c != '\n' && c != '\t') || c == '\u2028' || c == '\u2029'
                    || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
