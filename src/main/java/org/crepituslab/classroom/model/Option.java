package org.crepituslab.classroom.model;

/** One choice (or ordering item) as students see it: an id to answer with and its text. */
public record Option(String id, String text) {
}
