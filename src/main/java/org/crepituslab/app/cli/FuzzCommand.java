package org.crepituslab.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.crepituslab.app.Headless;
import org.crepituslab.framework.cli.Command;
import org.crepituslab.framework.cli.CliArgs;
import java.io.PrintStream;
import java.util.Set;
import org.crepituslab.app.fuzz.Fuzzer;

/** {@code fuzz}: seeded random input across every screen for as long as asked. */
public final class FuzzCommand implements Command {
    private static final Set<String> FLAGS = Set.of("seconds", "seed", "actions");

    @Override
    public String name() {
        return "fuzz";
    }

    @Override
    public String summary() {
        return "drive every screen with seeded random input; fail on any exception or broken invariant";
    }

    @Override
    public String usage() {
        return """
                Usage: crepitus-lab fuzz [--seconds=60] [--seed=<n>] [--actions=3]
                  --seconds  how long to run (1-86400)
                  --seed     the random seed (default: from the clock; printed so a failure can be replayed)
                  --actions  input events per frame (1-20)
                Exit 0 when nothing broke, 1 with the seed and the failure otherwise. Headless unless a display is present.
                """;
    }

    @Override
    public int run(CliArgs args, PrintStream out, PrintStream err) throws Exception {
        args.allowOnly(FLAGS);
        args.maxPositional(0);
        double seconds = args.number("seconds", 60, 1, 86_400);
        long seed = args.longValue("seed", System.currentTimeMillis());
        int actions = args.integer("actions", 3, 1, 20);
        // random answers, profiles and exports must not land in the user's own quiz progress
        Path scratch = Files.createTempDirectory("crepitus-fuzz");
        System.setProperty("crepituslab.XDG_DATA_HOME", scratch.resolve("data").toString());
        System.setProperty("crepituslab.XDG_CONFIG_HOME", scratch.resolve("config").toString());
        out.println("fuzz seed " + seed + ", " + seconds + " s, " + actions + " actions per frame; user files in " + scratch);
        Headless.start(true);
        Fuzzer.Report r = new Fuzzer(seed, actions).run(seconds);
        if (r.passed()) {
            out.println("fuzz passed: seed " + seed + ", " + r.frames() + " frames, " + r.actions() + " actions");
            return Cli.OK;
        }
        err.println("fuzz FAILED: " + r.failure());
        err.println("replay: crepitus-lab fuzz --seed=" + seed + " --seconds=" + seconds + " --actions=" + actions);
        return Cli.FAILED;
    }
}
