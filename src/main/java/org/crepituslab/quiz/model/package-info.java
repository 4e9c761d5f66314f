/**
 * Questions as immutable records of a sealed interface, pure scoring functions, the quiz flow as a small state machine, practice scheduling. Plain Java, no toolkit.
 */
package org.crepituslab.quiz.model;
