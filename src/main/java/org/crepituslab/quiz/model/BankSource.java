package org.crepituslab.quiz.model;

/**
 * A loaded bank with where it came from: {@code origin} is shown to the user (a file path, or
 * null for the built-in bank); {@code baseUrl} is the folder its image paths are relative to.
 */
public record BankSource(Bank bank, String origin, String baseUrl) {
    public boolean isBuiltin() {
        return origin == null;
    }
}
