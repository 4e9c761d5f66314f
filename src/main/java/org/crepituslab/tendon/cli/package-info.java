/**
 * The {@code simulate tendon} and {@code simulate population} commands: run the model without a
 * window and write its series, snaps, people and summaries. It may use the tendon model, the tendon
 * CSV helpers and the shared command contracts of framework.cli; no view depends on it.
 */
package org.crepituslab.tendon.cli;
