package org.crepituslab.quiz.model;

/**
 * One answer option of a choice question, or one item of an ordering.
 *
 * @param sound for "which of these sounds…" questions, the name of the sound this choice plays; else null
 */
public record Choice(String id, String text, String sound) {
    public Choice(String id, String text) {
        this(id, text, null);
    }
}
