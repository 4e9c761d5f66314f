package org.crepituslab.app.cli;

import org.crepituslab.app.Headless;
import org.crepituslab.framework.cli.Command;
import org.crepituslab.framework.cli.CliArgs;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.crepituslab.app.bench.Soak;

/** {@code soak}: every model for hours of simulated time, and every view opened/closed many times. */
public final class SoakCommand implements Command {
    /** Heap after GC may grow by less than this fraction over the run (issue 8). */
    public static final double MAX_HEAP_GROWTH = 0.05;
    private static final Set<String> FLAGS = Set.of("hours", "cycles");

    @Override
    public String name() {
        return "soak";
    }

    @Override
    public String summary() {
        return "run every model for simulated hours and open/close every view; report heap growth and leaks";
    }

    @Override
    public String usage() {
        return """
                Usage: crepitus-lab soak [--hours=1] [--cycles=200]
                  --hours   simulated hours per model at the largest frame step (0.01-24)
                  --cycles  times each screen's view is opened and closed (0-10000)
                Exit 0 when heap after GC grew < 5 % and every closed view was collected, else 1.
                """;
    }

    @Override
    public int run(CliArgs args, PrintStream out, PrintStream err) throws Exception {
        args.allowOnly(FLAGS);
        args.maxPositional(0);
        double hours = args.number("hours", 1, 0.01, 24);
        int cycles = args.integer("cycles", 200, 0, 10_000);
        boolean ok = true;
        List<Soak.ModelResult> models = Soak.models(hours * 3600);
        out.println("screen      simulated_s  wall_s  heap_before_mb  heap_after_mb  growth   invariants");
        for (Soak.ModelResult r : models) {
            boolean good = r.brokenInvariant() == null && r.growth() < MAX_HEAP_GROWTH;
            ok &= good;
            out.printf(Locale.ROOT, "%-10s %12.0f %7.1f %15.1f %14.1f %6.1f%%   %s%n", r.screen(), r.simulatedSeconds(),
                    r.wallSeconds(), r.heapBeforeMb(), r.heapAfterMb(), 100 * r.growth(),
                    r.brokenInvariant() == null ? "ok" : r.brokenInvariant());
        }
        if (cycles > 0) {
            Headless.start(true);
            Soak.ViewResult v = Soak.views(cycles);
            ok &= v.stillReachable() <= 1;
            out.printf(Locale.ROOT, "views opened and closed: %d, still reachable after GC: %d%n", v.opened(),
                    v.stillReachable());
        }
        out.println(ok ? "soak passed" : "soak FAILED");
        return ok ? Cli.OK : Cli.FAILED;
    }
}
