package org.crepituslab.quiz.model;

/** One answer option of a choice question, or one item of an ordering. */
public record Choice(String id, String text) {
}
