/**
 * Measurements of the running app (frame times, start-up, soak over simulated hours), run by the bench and soak commands with their own baselines.
 */
package org.crepituslab.app.bench;
