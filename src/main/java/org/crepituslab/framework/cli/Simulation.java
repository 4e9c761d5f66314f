package org.crepituslab.framework.cli;

import java.io.PrintStream;

/** One kind of the {@code simulate} command, e.g. {@code simulate bubble}. */
public interface Simulation {
    String kind();

    String summary();

    String usage();

    int run(CliArgs args, PrintStream out, PrintStream err) throws Exception;
}
