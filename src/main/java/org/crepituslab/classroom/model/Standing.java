package org.crepituslab.classroom.model;

/** A student's total for the podium: the sum of their scores, and how many questions they answered. */
public record Standing(String name, double total, int answered) {
}
