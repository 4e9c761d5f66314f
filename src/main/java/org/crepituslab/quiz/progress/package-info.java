/**
 * Saved progress per profile and results export, written atomically; a corrupt file is moved aside and reported.
 */
package org.crepituslab.quiz.progress;
