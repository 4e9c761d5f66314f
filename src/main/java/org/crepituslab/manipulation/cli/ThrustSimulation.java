package org.crepituslab.manipulation.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.crepituslab.facet.model.LumbarLevel;
import org.crepituslab.framework.cli.CliArgs;
import org.crepituslab.framework.cli.ExitCodes;
import org.crepituslab.framework.cli.Simulation;
import org.crepituslab.framework.cli.UsageException;
import org.crepituslab.framework.io.CsvWriter;
import org.crepituslab.manipulation.model.ManipulationModel;
import org.crepituslab.manipulation.model.SpinePop;
import org.crepituslab.manipulation.model.Technique;
import org.crepituslab.manipulation.model.ThrustOutcome;
import org.crepituslab.manipulation.model.Trials;

/** {@code simulate thrust}: one thrust on each of n people; every pop with its time, level and side. */
public final class ThrustSimulation implements Simulation {
    public static final List<String> EVENTS_HEADER = List.of("trial", "t_s", "level", "side", "event");
    private static final Set<String> FLAGS = Set.of("trials", "technique", "target", "restricted", "seed", "events");
    private static final int MAX_TRIALS = 100_000;

    @Override
    public String kind() {
        return "thrust";
    }

    @Override
    public String summary() {
        return "spinal manipulation: how many of the ten lumbar facet joints pop in one thrust, and where";
    }

    @Override
    public String usage() {
        return """
                Usage: crepitus-lab simulate thrust --trials=<n> [--technique=targeted|self-twist] [--target=<level>]
                           [--restricted=<level>|none] [--seed=<n>] --events=<file.csv>
                One thrust (about 139 ms) on each of n people, every joint rested; people differ in each
                joint's pop threshold and each segment's stiffness.
                  --trials=<n>            people, one thrust each (1 to %d)
                  --technique=<t>         targeted (a short thrust at one segment after the set-up; default)
                                          or self-twist (a forceful rotation of the whole lumbar spine)
                  --target=<level>        segment of a targeted thrust, L1-L2 to L5-S1 (default L5-S1)
                  --restricted=<level>    a stiff segment (its neighbours hypermobile), or none (default)
                  --seed=<n>              which people (same number, same pops)
                  --events=<file.csv>     one row per pop: trial,t_s,level,side,event
                                          (t_s from the start of the thrust; event is pop)
                Prints: mean_pops=<m> min=<a> max=<b> bilateral_share=<s>
                Example: simulate thrust --trials=300 --events=pops.csv
                """.formatted(MAX_TRIALS);
    }

    @Override
    public int run(CliArgs args, PrintStream out, PrintStream err) throws Exception {
        args.allowOnly(FLAGS);
        int trials = args.integer("trials", -1, 1, MAX_TRIALS);
        if (trials < 0) {
            throw new UsageException("--trials is required, e.g. --trials=300");
        }
        Technique technique = Technique.ofLabel(args.choice("technique", "targeted", Set.of("targeted", "self-twist")));
        LumbarLevel target = LevelArgs.level(args, "target", LumbarLevel.L5_S1);
        LumbarLevel restricted = LevelArgs.levelOrNone(args, "restricted");
        long seed = args.longValue("seed", ManipulationModel.DEFAULT_SEED);
        if (!args.has("events")) {
            throw new UsageException("--events is required, e.g. --events=pops.csv");
        }
        Path events = args.outputFile("events");
        List<ThrustOutcome> outcomes = Trials.thrusts(technique, target, restricted, trials, seed);
        CsvWriter.writeFile(events, EVENTS_HEADER, csv -> {
            for (int i = 0; i < outcomes.size(); i++) {
                for (SpinePop p : outcomes.get(i).pops()) {
                    csv.row(i + 1, p.time(), p.joint().level().label(), p.joint().side().label(), "pop");
                }
            }
        });
        Trials.Summary s = Trials.Summary.of(outcomes);
        out.printf(Locale.ROOT, "mean_pops=%.2f min=%d max=%d bilateral_share=%.3f%n", s.meanPops(), s.minPops(),
                s.maxPops(), s.bilateralShare());
        return ExitCodes.OK;
    }
}
