/**
 * The quiz subcommands (stats, validate, import and export).
 */
package org.crepituslab.quiz.cli;
