package org.crepituslab.quiz.bank;

/** A GIFT construct that could not be imported as written, with its 1-based line and what happened. */
public record GiftIssue(int line, String message) {
    /** Whether a whole question was left out (else something in it was changed or dropped). */
    public boolean skippedQuestion() {
        return message.endsWith("skipped") || message.contains("question skipped") || message.contains("; skipped");
    }

    @Override
    public String toString() {
        return "line " + line + ": " + message;
    }
}
