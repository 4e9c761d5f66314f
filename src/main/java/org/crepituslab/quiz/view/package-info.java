/**
 * The quiz pages (set-up, question, feedback, results), one answer view per question type, sounds described by their acoustics.
 */
package org.crepituslab.quiz.view;
