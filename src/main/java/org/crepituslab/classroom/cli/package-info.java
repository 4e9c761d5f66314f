/**
 * {@code classroom serve} (a class session without the window, for scripts and teachers who prefer
 * a terminal) and {@code classroom load} (the benchmark: simulated students against a local server).
 */
package org.crepituslab.classroom.cli;
