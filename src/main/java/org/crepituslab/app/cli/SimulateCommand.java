package org.crepituslab.app.cli;

import org.crepituslab.framework.cli.Command;
import org.crepituslab.framework.cli.Simulation;
import org.crepituslab.framework.cli.UsageException;
import org.crepituslab.framework.cli.CliArgs;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import org.crepituslab.app.Screens;
import org.crepituslab.framework.contract.Declarations;

/** {@code simulate <kind> [--flags]}: runs a model without the GUI and writes CSV. */
public final class SimulateCommand implements Command {
    /** Every kind, from the screens' declarations: a screen adds its own in its package. */
    private static List<Simulation> kinds() {
        Screens.ensureInstalled();
        return Declarations.simulations();
    }

    @Override
    public String name() {
        return "simulate";
    }

    @Override
    public String summary() {
        return "run a model without the window and write CSV (kinds: " + kindNames() + ")";
    }

    private static String kindNames() {
        return kinds().isEmpty() ? "none yet" : String.join(", ", kinds().stream().map(Simulation::kind).toList());
    }

    @Override
    public String usage() {
        StringBuilder sb = new StringBuilder("Usage: crepitus-lab simulate <kind> [--key=value ...]\n\nKinds:\n");
        for (Simulation s : kinds()) {
            sb.append(String.format("  %-11s %s%n", s.kind(), s.summary()));
        }
        sb.append("\nsimulate <kind> --help lists a kind's flags.\n");
        return sb.toString();
    }

    @Override
    public int run(CliArgs args, PrintStream out, PrintStream err) throws Exception {
        if (args.positional().isEmpty()) {
            throw new UsageException("which simulation? give a kind");
        }
        String kind = args.positional().get(0);
        Optional<Simulation> sim = kinds().stream().filter(s -> s.kind().equals(kind)).findFirst();
        if (sim.isEmpty()) {
            throw new UsageException("unknown kind \"" + kind + "\"");
        }
        if (args.has("help")) {
            out.print(sim.get().usage());
            return Cli.OK;
        }
        args.maxPositional(1);
        try {
            return sim.get().run(args, out, err);
        } catch (UsageException e) {
            err.println("crepitus-lab simulate " + kind + ": " + e.getMessage());
            err.print(sim.get().usage());
            return Cli.USAGE;
        }
    }
}
