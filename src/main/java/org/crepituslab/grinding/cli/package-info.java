/**
 * The {@code simulate grinding} command: runs the model without a window and writes the friction
 * series, the events and a summary. It may use the grinding model, the grinding CSV helpers and the
 * shared command contracts of framework.cli; no view depends on it.
 */
package org.crepituslab.grinding.cli;
