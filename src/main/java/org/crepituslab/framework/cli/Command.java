package org.crepituslab.framework.cli;

import java.io.PrintStream;

/** One command of the jar's command line. */
public interface Command {
    String name();

    /** One line for the global --help. */
    String summary();

    /** Full usage, printed by "<command> --help" and after a usage error. */
    String usage();

    /**
     * Runs the command. Throw {@link UsageException} for mistakes in the command line (exit 2);
     * return 0 for success or 1 for a failure that is not the user's command line.
     */
    int run(CliArgs args, PrintStream out, PrintStream err) throws Exception;
}
