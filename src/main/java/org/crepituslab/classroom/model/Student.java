package org.crepituslab.classroom.model;

/** One joined student: the secret token their browser keeps, and the nickname everyone sees. */
public record Student(String token, String name, long joinedAtMillis) {
}
