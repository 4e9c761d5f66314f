/**
 * The command-line contract shared by the app and the screens: Command, Simulation (one kind of simulate), CliArgs, UsageException and exit codes. Plain Java, no toolkit.
 */
package org.crepituslab.framework.cli;
