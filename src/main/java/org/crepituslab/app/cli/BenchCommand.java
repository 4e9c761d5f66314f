package org.crepituslab.app.cli;

import org.crepituslab.app.Headless;
import org.crepituslab.framework.cli.Command;
import org.crepituslab.framework.cli.UsageException;
import org.crepituslab.framework.cli.CliArgs;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.crepituslab.app.Screens;
import org.crepituslab.app.bench.FrameBench;
import org.crepituslab.app.bench.StartupBench;
import org.crepituslab.framework.Screen;

/** {@code bench}: frame times of each animated screen in its busiest state, or start-up cost. */
public final class BenchCommand implements Command {
    private static final Set<String> FLAGS = Set.of("screen", "seconds", "width", "height", "startup", "baseline",
            "runs");

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String summary() {
        return "measure frame times per screen, or start-up time against a bare JavaFX window";
    }

    @Override
    public String usage() {
        return """
                Usage: crepitus-lab bench --screen=<id|all> --seconds=<n> [--width=1920] [--height=1080] [--baseline]
                       crepitus-lab bench --startup [--baseline] [--runs=5]
                  --screen    an animated screen id, or all (default all)
                  --seconds   seconds measured per screen (1-600, default 10)
                  --width, --height   window size in pixels (default 1920x1080)
                  --baseline  with --screen: also a bare window with one full-size canvas redrawn each
                              frame (the renderer's floor on this machine)
                  --startup   process start to first frame shown, app and a bare JavaFX window
                              (always measured together, so the ratio comes from one run)
                  --runs      start-up runs of each (1-50, default 5)
                step_*: CPU time of the model's step per frame; step60_*: the same per 1/60 s of simulated time.
                Headless (Monocle, software rendering) unless a display is present.
                """;
    }

    @Override
    public int run(CliArgs args, PrintStream out, PrintStream err) throws Exception {
        args.allowOnly(FLAGS);
        args.maxPositional(0);
        if (args.has("startup")) {
            return startup(args, out);
        }
        String id = args.string("screen", "all");
        double seconds = args.number("seconds", 10, 1, 600);
        int width = args.integer("width", 1920, 320, 7680);
        int height = args.integer("height", 1080, 240, 4320);
        List<Screen<?>> screens = new ArrayList<>();
        for (Screen<?> s : Screens.all()) {
            if ((id.equals("all") || s.id().equals(id)) && s.createModel().isAnimated()) {
                screens.add(s);
            }
        }
        if (screens.isEmpty()) {
            throw new UsageException("--screen must be all or an animated screen id, got \"" + id + "\"");
        }
        Headless.start(true, width, height);
        out.printf(Locale.ROOT, "bench %dx%d, %.0f s per screen, %s, %d cores%n", width, height, seconds,
                Headless.isHeadless() ? "headless (Monocle, prism sw)" : "display (prism sw)",
                Runtime.getRuntime().availableProcessors());
        out.println("screen      frames  fps_median  p50_ms  p99_ms  over_20ms  step_p50_us  step_p99_us"
                + "  step60_p50_us  step60_p99_us  heap_mb");
        double worst = 0;
        String worstId = "";
        List<FrameBench.Result> results = new ArrayList<>();
        for (Screen<?> s : screens) {
            results.add(FrameBench.run(s, seconds, width, height));
        }
        if (args.has("baseline")) {
            results.add(FrameBench.baseline(seconds, width, height));
        }
        for (FrameBench.Result r : results) {
            out.printf(Locale.ROOT, "%-10s %7d %11.1f %7.2f %7.2f %10d %12.1f %12.1f %14.1f %14.1f %8.1f%n",
                    r.screen(), r.frames(), r.medianFps(), r.p50Ms(), r.p99Ms(), r.over20Ms(), r.stepP50Us(),
                    r.stepP99Us(), r.stepPer60thP50Us(), r.stepPer60thP99Us(), r.heapMb());
            if (r.p99Ms() > worst && !r.screen().equals("baseline")) {
                worst = r.p99Ms();
                worstId = r.screen();
            }
        }
        out.printf(Locale.ROOT, "worst p99 %.2f ms (%s)%n", worst, worstId);
        return Cli.OK;
    }

    private int startup(CliArgs args, PrintStream out) throws Exception {
        int runs = args.integer("runs", 5, 1, 50);
        StartupBench.Result r = StartupBench.run(runs);
        out.printf(Locale.ROOT, "startup (%d runs each, process start -> first frame shown)%n", runs);
        out.printf(Locale.ROOT, "app       median %.0f ms  p90 %.0f ms  peak RSS %.0f MB%n",
                r.app().median(), r.app().percentile(90), r.appRssMb());
        out.printf(Locale.ROOT, "baseline  median %.0f ms  p90 %.0f ms  peak RSS %.0f MB%n",
                r.bare().median(), r.bare().percentile(90), r.bareRssMb());
        out.printf(Locale.ROOT, "ratio     startup %.2fx  peak RSS %.2fx%n",
                r.app().median() / r.bare().median(), r.appRssMb() / r.bareRssMb());
        return Cli.OK;
    }
}
