package org.crepituslab.app.cli;

import org.crepituslab.framework.cli.Command;
import org.crepituslab.framework.cli.Simulation;
import org.crepituslab.framework.cli.UsageException;
import org.crepituslab.framework.cli.CliArgs;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import org.crepituslab.facet.cli.BubbleSimulation;
import org.crepituslab.facet.cli.CavitationSimulation;
import org.crepituslab.grinding.cli.GrindingSimulation;
import org.crepituslab.tendon.cli.TendonSimulation;

/** {@code simulate <kind> [--flags]}: runs a model without the GUI and writes CSV. */
public final class SimulateCommand implements Command {
    /** Every kind; adding one is one line here. */
    private static final List<Simulation> KINDS = List.of(
            new BubbleSimulation(),
            new CavitationSimulation(),
            new TendonSimulation(),
            new GrindingSimulation());

    @Override
    public String name() {
        return "simulate";
    }

    @Override
    public String summary() {
        return "run a model without the window and write CSV (kinds: " + kindNames() + ")";
    }

    private static String kindNames() {
        return KINDS.isEmpty() ? "none yet" : String.join(", ", KINDS.stream().map(Simulation::kind).toList());
    }

    @Override
    public String usage() {
        StringBuilder sb = new StringBuilder("Usage: crepitus-lab simulate <kind> [--key=value ...]\n\nKinds:\n");
        for (Simulation s : KINDS) {
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
        Optional<Simulation> sim = KINDS.stream().filter(s -> s.kind().equals(kind)).findFirst();
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
