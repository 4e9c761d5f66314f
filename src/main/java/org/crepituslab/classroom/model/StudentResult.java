package org.crepituslab.classroom.model;

/** One student's answer to one question, as the results list it (nickname, answer as text, score). */
public record StudentResult(String name, String answer, double score, long atMillis) {
}
