/**
 * The {@code simulate tendon} command: runs the model without a window and writes its series,
 * snaps and summary. It may use the tendon model, the tendon CSV helpers and the shared command
 * contracts of framework.cli; no view depends on it.
 */
package org.crepituslab.tendon.cli;
