package org.crepituslab.classroom.model;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * The random words a session hands out: the join code shown on the projector and the tokens that
 * identify a student's browser and the teacher. From a {@link SecureRandom}, never from the quiz
 * seed, so a known seed reveals nothing.
 */
public final class Secrets {
    /** Join code letters: no 0/O, 1/I/L, so a code read off a projector is typed right. */
    static final String CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    public static final int CODE_LENGTH = 6;
    /** 128 bits: not guessable within any rate limit. */
    private static final int TOKEN_BYTES = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    public static String joinCode() {
        StringBuilder sb = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            sb.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        return sb.toString();
    }

    public static String token() {
        byte[] b = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
