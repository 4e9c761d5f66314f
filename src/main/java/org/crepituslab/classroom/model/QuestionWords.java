package org.crepituslab.classroom.model;

/**
 * Words a class question needs in the session's language: the options of a true/false statement,
 * and the question put after a simulation task whose prompt does not ask one itself.
 */
public record QuestionWords(String trueText, String falseText, String followUp) {
}
