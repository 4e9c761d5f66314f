package org.crepituslab.classroom.model;

import org.crepituslab.quiz.model.Response;

/** A student's answer to one question, graded by the quiz's own scoring when it arrived. */
public record StudentAnswer(String token, Response response, double score, long atMillis) {
}
