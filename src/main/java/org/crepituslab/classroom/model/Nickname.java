package org.crepituslab.classroom.model;

import java.util.Optional;

/**
 * A student's nickname: 1 to {@value #MAX_LENGTH} characters after trimming, no control or
 * formatting characters (which could reorder or hide text on the projector). It is always shown as
 * plain text, so markup in it is harmless and kept as typed.
 */
public final class Nickname {
    public static final int MAX_LENGTH = 24;

    private Nickname() {
    }

    /** The cleaned nickname, or empty when it is not acceptable. */
    public static Optional<String> clean(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String s = raw.strip();
        int length = s.codePointCount(0, s.length());
        if (length < 1 || length > MAX_LENGTH) {
            return Optional.empty();
        }
        boolean bad = s.codePoints().anyMatch(c -> Character.isISOControl(c)
                || Character.getType(c) == Character.FORMAT || Character.getType(c) == Character.LINE_SEPARATOR
                || Character.getType(c) == Character.PARAGRAPH_SEPARATOR);
        return bad ? Optional.empty() : Optional.of(s);
    }
}
