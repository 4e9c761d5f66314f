package org.crepituslab.quiz.bank;

/** A GIFT construct that could not be imported as written, with its 1-based line and what happened. */
public record GiftIssue(int line, String message) {
    @Override
    public String toString() {
        return "line " + line + ": " + message;
    }
}
