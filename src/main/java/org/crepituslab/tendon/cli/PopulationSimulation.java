package org.crepituslab.tendon.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.crepituslab.framework.cli.CliArgs;
import org.crepituslab.framework.cli.ExitCodes;
import org.crepituslab.framework.cli.Simulation;
import org.crepituslab.framework.cli.UsageException;
import org.crepituslab.framework.io.CsvWriter;
import org.crepituslab.tendon.model.Anatomy;
import org.crepituslab.tendon.model.Population;
import org.crepituslab.tendon.model.Population.Member;
import org.crepituslab.tendon.model.PopulationProfile;

/**
 * {@code simulate population}: draws people from a profile, puts each hip through the clinical
 * manoeuvre and walking, and prints one line, {@code prevalence=<fraction> n=<N>}; with --out, one
 * CSV row per person.
 */
public final class PopulationSimulation implements Simulation {
    private static final Set<String> FLAGS = Set.of("profile", "n", "seed", "out");
    static final List<String> HEADER = List.of("person", "sitting_h", "tightness", "tension_scale", "ridge_scale",
            "crest_hip_deg", "flexion_max_deg", "manoeuvre_snaps", "walking_snaps", "snaps", "max_energy_mj");
    static final int DEFAULT_N = 1000;
    static final long DEFAULT_SEED = 1;

    @Override
    public String kind() {
        return "population";
    }

    @Override
    public String summary() {
        return "how many people of a population have a snapping hip";
    }

    @Override
    public String usage() {
        return """
                Usage: crepitus-lab simulate population --profile=general|dancers|sitting --n=<N>
                                                        [--seed=<n>] [--out=<file.csv>]
                  --profile  who is drawn: general (adults), dancers (elite ballet dancers),
                             sitting (desk workers who sit about 10 h a day); default general
                  --n        how many people, 1-100000 (default %d)
                  --seed     seed of the draw, 0 or more (default %d): the same seed draws the same people
                  --out      one row per person as CSV:
                             %s
                Each person's daily sitting sets the tendon's tightness; their tendon tension, ridge height,
                crest position and range of motion are drawn too. Each hip is taken through the clinical
                manoeuvre (flexion-abduction-external rotation, then back to extension) and walking.
                Prints one line: prevalence=<share who snap> n=<N>. Educational, not medical advice.
                """.formatted(DEFAULT_N, DEFAULT_SEED, String.join(",", HEADER));
    }

    @Override
    public int run(CliArgs args, PrintStream out, PrintStream err) throws Exception {
        args.allowOnly(FLAGS);
        PopulationProfile profile = PopulationProfile.fromId(args.choice("profile", PopulationProfile.GENERAL.id(),
                Set.copyOf(Arrays.stream(PopulationProfile.values()).map(PopulationProfile::id).toList())));
        int n = args.integer("n", DEFAULT_N, 1, 100_000);
        long seed = args.longValue("seed", DEFAULT_SEED);
        if (seed < 0) {
            throw new UsageException("--seed must be 0 or more, got " + seed);
        }
        Path outFile = args.outputFile("out");
        List<Member> members = Population.simulate(profile, n, seed);
        if (outFile != null) {
            CsvWriter.writeFile(outFile, HEADER, csv -> {
                for (Member m : members) {
                    Anatomy a = m.person().anatomy();
                    csv.row(m.index(), m.person().sittingHours(), m.person().tightness(), a.tensionScale(),
                            a.ridgeScale(), Math.toDegrees(a.crestHipRad()), Math.toDegrees(a.flexionMaxRad()),
                            m.screening().manoeuvreSnaps(), m.screening().walkingSnaps(),
                            m.screening().snaps() ? 1 : 0, m.screening().maxEnergyJ() * 1e3);
                }
            });
        }
        out.println(String.format(Locale.ROOT, "prevalence=%.4f n=%d", Population.prevalence(members), n));
        return ExitCodes.OK;
    }
}
