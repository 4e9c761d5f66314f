package org.crepituslab.quiz.model;

/** A topic questions are tagged with, e.g. "cavitation". */
public record Topic(String id, String title) {
}
