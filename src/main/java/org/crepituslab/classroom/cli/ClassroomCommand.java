package org.crepituslab.classroom.cli;

import java.io.PrintStream;
import org.crepituslab.framework.cli.CliArgs;
import org.crepituslab.framework.cli.Command;
import org.crepituslab.framework.cli.ExitCodes;
import org.crepituslab.framework.cli.UsageException;

/** {@code classroom serve | load}: class mode from the command line. */
public final class ClassroomCommand implements Command {
    @Override
    public String name() {
        return "classroom";
    }

    @Override
    public String summary() {
        return "class mode: serve a live class session, or load-test one with simulated students";
    }

    @Override
    public String usage() {
        return """
                Usage: crepitus-lab classroom <subcommand> ...
                  classroom serve --bank=<file|builtin> [--questions=<n|id,id,...>] [--bind=<address>]
                                  [--port=<n|0>] [--seed=<n>] [--results=<file.csv>]
                      starts a class session's web server and prints, one per line,
                      url=<address>, code=<code>, teacher=<token>, then results=<file>; runs until
                      POST /api/teacher/end (with the X-Teacher-Token header) or SIGTERM, saving the
                      results CSV as answers arrive. A saved session of the same results file that
                      has not ended is carried on (same code, students and answers).
                      --bank       a JSON bank file, or builtin
                      --questions  how many questions (the first that can be answered from a phone,
                                   in the seeded order), or their ids in order (default: all)
                      --bind       the address to listen on (default: this machine's address on the
                                   local network, else loopback); 0.0.0.0 listens on every interface
                      --port       the port (default 8765; 0 picks a free one)
                      --seed       the order of questions and choices (default: random)
                      --results    the results CSV (default: a new file in the app's data folder)
                  classroom load --students=<n> [--questions=<n>]
                      starts a server on loopback and drives it with n simulated students (join,
                      event stream, read the question, answer within 2 s of it opening); prints
                      answers sent/accepted/lost and the p50/p99 time from an answer being sent to
                      the projector's count including it
                      --students   1 to 500
                      --questions  1 to 20 (default 5)
                """;
    }

    @Override
    public int run(CliArgs args, PrintStream out, PrintStream err) throws Exception {
        if (args.positional().isEmpty()) {
            throw new UsageException("which subcommand? serve or load");
        }
        args.maxPositional(1);
        if (args.has("help")) {
            out.print(usage());
            return ExitCodes.OK;
        }
        return switch (args.positional().get(0)) {
            case "serve" -> new ServeRun().run(args, out, err);
            case "load" -> new LoadRun().run(args, out, err);
            default -> throw new UsageException("unknown subcommand \"" + args.positional().get(0)
                    + "\"; expected serve or load");
        };
    }
}
