package org.crepituslab.manipulation.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.crepituslab.facet.model.LumbarLevel;
import org.crepituslab.framework.cli.CliArgs;
import org.crepituslab.framework.cli.ExitCodes;
import org.crepituslab.framework.cli.Simulation;
import org.crepituslab.framework.cli.UsageException;
import org.crepituslab.framework.io.CsvWriter;
import org.crepituslab.manipulation.model.ManipulationConstants;
import org.crepituslab.manipulation.model.ManipulationModel;
import org.crepituslab.manipulation.model.Person;
import org.crepituslab.manipulation.model.Trials;
import org.crepituslab.manipulation.model.WeekRecord;

/** {@code simulate self-adjust}: weeks of forceful self-twists; pops per day, instability and each segment's laxity. */
public final class SelfAdjustSimulation implements Simulation {
    private static final Set<String> FLAGS = Set.of("weeks", "per-day", "restricted", "seed", "out");

    /** week,pops_per_day,instability, then laxity_L1-L2 … laxity_L5-S1. */
    public static List<String> header() {
        List<String> h = new ArrayList<>(List.of("week", "pops_per_day", "instability"));
        for (LumbarLevel level : LumbarLevel.values()) {
            h.add("laxity_" + level.label());
        }
        return h;
    }

    @Override
    public String kind() {
        return "self-adjust";
    }

    @Override
    public String summary() {
        return "weeks of self-twisting the lower back: pops per day, ligament laxity per segment, instability";
    }

    @Override
    public String usage() {
        return """
                Usage: crepitus-lab simulate self-adjust --weeks=<n> [--per-day=<k>] [--restricted=<level>|none]
                           [--seed=<n>] --out=<file.csv>
                One person twists the lower back forcefully k times a day for n weeks. Each twist loosens
                the ligaments a little where the segments moved most (a modelling choice).
                  --weeks=<n>             weeks (1 to %d)
                  --per-day=<k>           self-twists per day (1 to %d, default %d)
                  --restricted=<level>    a stiff segment such as L4-L5 (its neighbours hypermobile), or none (default)
                  --seed=<n>              which person and which twists (same number, same result)
                  --out=<file.csv>        one row per week: week,pops_per_day,instability,laxity_L1-L2,...,laxity_L5-S1
                                          (laxity: how far a segment moves under a load, 1 = a typical segment;
                                          instability: 0 typical to 1 unstable, from the loosest segment)
                Example: simulate self-adjust --weeks=12 --restricted=L4-L5 --out=weeks.csv
                """.formatted(ManipulationConstants.MAX_WEEKS, ManipulationConstants.MAX_PER_DAY,
                ManipulationConstants.DEFAULT_PER_DAY);
    }

    @Override
    public int run(CliArgs args, PrintStream out, PrintStream err) throws Exception {
        args.allowOnly(FLAGS);
        int weeks = args.integer("weeks", -1, 1, ManipulationConstants.MAX_WEEKS);
        if (weeks < 0) {
            throw new UsageException("--weeks is required, e.g. --weeks=12");
        }
        int perDay = args.integer("per-day", ManipulationConstants.DEFAULT_PER_DAY, 1, ManipulationConstants.MAX_PER_DAY);
        LumbarLevel restricted = LevelArgs.levelOrNone(args, "restricted");
        long seed = args.longValue("seed", ManipulationModel.DEFAULT_SEED);
        if (!args.has("out")) {
            throw new UsageException("--out is required, e.g. --out=weeks.csv");
        }
        Path file = args.outputFile("out");
        Person person = Trials.person(seed, restricted);
        double[] before = new double[LumbarLevel.values().length];
        for (LumbarLevel level : LumbarLevel.values()) {
            before[level.ordinal()] = person.laxity(level);
        }
        List<WeekRecord> records = Trials.selfAdjust(person, perDay, weeks, seed);
        CsvWriter.writeFile(file, header(), csv -> {
            for (WeekRecord w : records) {
                List<Object> row = new ArrayList<>(List.of(w.week(), w.popsPerDay(), w.instability()));
                for (double lax : w.laxity()) {
                    row.add(lax);
                }
                csv.row(row.toArray());
            }
        });
        WeekRecord first = records.get(0);
        WeekRecord last = records.get(records.size() - 1);
        LumbarLevel loosest = LumbarLevel.L1_L2;
        for (LumbarLevel level : LumbarLevel.values()) {
            if (last.laxity(level) / before[level.ordinal()] > last.laxity(loosest) / before[loosest.ordinal()]) {
                loosest = level;
            }
        }
        out.printf(Locale.ROOT, "weeks=%d pops_per_day_first=%.2f pops_per_day_last=%.2f instability=%.3f "
                        + "most_loosened=%s laxity_gain=%.0f%%%n", weeks, first.popsPerDay(), last.popsPerDay(),
                last.instability(), loosest.label(), 100 * (last.laxity(loosest) / before[loosest.ordinal()] - 1));
        return ExitCodes.OK;
    }
}
