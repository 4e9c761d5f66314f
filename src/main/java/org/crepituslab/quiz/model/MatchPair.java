package org.crepituslab.quiz.model;

/** One left item and the right item it matches. */
public record MatchPair(String left, String right) {
}
