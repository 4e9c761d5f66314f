package org.crepituslab.quiz.model;

/** The quiz flow: presenting → answered → feedback → (next question: presenting) … → results. */
public enum Phase {
    /** A question is shown and nothing is chosen yet. */
    PRESENTING,
    /** Something is chosen; it can still change until it is checked. */
    ANSWERED,
    /** The answer was checked and the explanation is shown. */
    FEEDBACK,
    /** Every question is done: score, mastery, missed questions. */
    RESULTS
}
