package org.crepituslab.facet.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVPrinter;
import org.crepituslab.framework.io.CsvWriter;
import org.crepituslab.framework.cli.CliArgs;
import org.crepituslab.framework.cli.Simulation;
import org.crepituslab.framework.cli.UsageException;
import org.crepituslab.facet.model.FacetConstants;
import org.crepituslab.facet.model.GasSpecies;
import org.crepituslab.facet.model.Joint;

/** {@code simulate cavitation}: the facet joint at default settings given standard stretches. */
public final class CavitationSimulation implements Simulation {
    public static final String[] EVENTS_HEADER = {"t_s", "event"};
    public static final String[] SERIES_HEADER = {"t_s", "gap_mm", "pressure_kpa", "bubble_radius_mm",
        "dissolved_gas_percent", "bubble_co2_percent"};
    public static final String POP = "pop";
    public static final String NO_POP_REFRACTORY = "no-pop-refractory";
    private static final Set<String> FLAGS = Set.of("stretch-at", "duration", "out", "events", "dt-out");
    private static final double MAX_DURATION = 86_400;
    private static final double MAX_ROWS = 1e7;

    /** How long one standard stretch takes at default settings: up, hold, down. */
    public static double stretchLength() {
        return 2 * FacetConstants.STANDARD_STRETCH / FacetConstants.STRETCH_RATE + FacetConstants.STRETCH_HOLD;
    }

    @Override
    public String kind() {
        return "cavitation";
    }

    @Override
    public String summary() {
        return "the facet joint given standard stretches: pops and the refractory period";
    }

    @Override
    public String usage() {
        return """
                Usage: crepitus-lab simulate cavitation [--stretch-at=<s>[,<s>...]] [--duration=<s>]
                                                        [--out=<file.csv>] [--events=<file.csv>] [--dt-out=<s>]
                The facet-joint model at default settings. At each listed time a standard stretch
                starts: pull %s mm at %s mm/s, hold %s s, let go (%s s in all).
                  --stretch-at=<s>,...  when the stretches start, seconds (default 1); at least %s s apart
                  --duration=<s>        simulated time (default: %s s after the last stretch; at most %s)
                  --events=<file.csv>   one row per stretch, header t_s,event; t_s is when the stretch
                                        started, event is pop or no-pop-refractory
                  --out=<file.csv>      the state every dt-out: t_s,gap_mm,pressure_kpa,bubble_radius_mm,
                                        dissolved_gas_percent,bubble_co2_percent
                  --dt-out=<s>          interval of --out rows (default 0.01)
                Example (the refractory period: no pop at 5 min, a pop at 30 min):
                  simulate cavitation --stretch-at=1,301,1801 --events=events.csv
                """.formatted(mm(FacetConstants.STANDARD_STRETCH), mm(FacetConstants.STRETCH_RATE),
                fmt(FacetConstants.STRETCH_HOLD), fmt(stretchLength()), fmt(stretchLength()), fmt(5),
                fmt(MAX_DURATION));
    }

    private static String mm(double m) {
        return fmt(m * 1e3);
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }

    @Override
    public int run(CliArgs args, PrintStream out, PrintStream err) throws Exception {
        args.allowOnly(FLAGS);
        double[] stretches = args.numbers("stretch-at", new double[] {1}, 0, MAX_DURATION).clone();
        Arrays.sort(stretches);
        for (int i = 1; i < stretches.length; i++) {
            if (stretches[i] - stretches[i - 1] < stretchLength() - 1e-9) {
                throw new UsageException("--stretch-at: stretches at " + fmt(stretches[i - 1]) + " and "
                        + fmt(stretches[i]) + " s overlap; start them at least " + fmt(stretchLength()) + " s apart");
            }
        }
        double last = stretches[stretches.length - 1];
        double duration = args.number("duration", last + 5, 1e-3, MAX_DURATION);
        if (duration < last + stretchLength()) {
            throw new UsageException("--duration=" + fmt(duration) + " ends before the stretch at " + fmt(last)
                    + " s is over; give at least " + fmt(last + stretchLength()));
        }
        double dtOut = args.number("dt-out", 0.01, 1e-5, 3600);
        Path series = args.outputFile("out");
        Path events = args.outputFile("events");
        if (series != null && duration / dtOut > MAX_ROWS) {
            throw new UsageException("--dt-out=" + dtOut + " gives more than " + (long) MAX_ROWS
                    + " rows over --duration=" + fmt(duration) + "; use a larger --dt-out");
        }

        String[] outcome = new String[stretches.length];
        double[] popTimes = new double[stretches.length];
        Arrays.fill(popTimes, Double.NaN);
        Joint joint = new Joint();
        joint.popEvents().addListener(e -> {
            int i = stretchIndex(stretches, e.time());
            if (i >= 0 && outcome[i] == null) {
                outcome[i] = POP;
                popTimes[i] = e.time();
            }
        });
        joint.episodes().noPops().addListener(e -> {
            int i = stretchIndex(stretches, e.time());
            if (i >= 0 && outcome[i] == null) {
                outcome[i] = NO_POP_REFRACTORY;
            }
        });

        try (CSVPrinter csv = series == null ? null : CsvWriter.printer(
                Files.newBufferedWriter(series, StandardCharsets.UTF_8), SERIES_HEADER)) {
            long row = 0;
            int next = 0;
            writeRow(csv, joint);
            while (joint.time() < duration - 1e-12) {
                double nextRow = Math.min(duration, ++row * dtOut);
                while (next < stretches.length && stretches[next] <= nextRow) {
                    advanceTo(joint, stretches[next]);
                    joint.stretch().startStandard();
                    next++;
                }
                advanceTo(joint, nextRow);
                writeRow(csv, joint);
            }
        }
        if (events != null) {
            try (Writer w = Files.newBufferedWriter(events, StandardCharsets.UTF_8);
                 CSVPrinter csv = CsvWriter.printer(w, EVENTS_HEADER)) {
                for (int i = 0; i < stretches.length; i++) {
                    csv.printRecord(plain(stretches[i]), outcome[i] == null ? "no-pop" : outcome[i]);
                }
            }
        }
        for (int i = 0; i < stretches.length; i++) {
            out.printf(Locale.ROOT, "stretch at %s s: %s%s%n", plain(stretches[i]),
                    outcome[i] == null ? "no pop" : outcome[i],
                    POP.equals(outcome[i]) ? String.format(Locale.ROOT, " (nucleation at %.4f s)", popTimes[i]) : "");
        }
        out.printf(Locale.ROOT, "%d pops, %d stretches blocked by the refractory period%n", joint.pops(),
                joint.episodes().blocks());
        if (series != null) {
            out.println("wrote " + series);
        }
        if (events != null) {
            out.println("wrote " + events);
        }
        return 0;
    }

    private static int stretchIndex(double[] starts, double t) {
        int idx = -1;
        for (int i = 0; i < starts.length; i++) {
            if (starts[i] <= t + 1e-9) {
                idx = i;
            }
        }
        return idx;
    }

    private static void advanceTo(Joint joint, double t) {
        if (t > joint.time()) {
            joint.advance(t - joint.time());
        }
    }

    private static void writeRow(CSVPrinter csv, Joint joint) throws IOException {
        if (csv == null) {
            return;
        }
        double bubble = joint.gas().bubbleTotal();
        double co2 = bubble > 0 ? 100 * joint.gas().bubble(GasSpecies.CO2) / bubble : 0;
        csv.printRecord(plain(joint.time()), plain(joint.gap() * 1e3), plain(joint.pressure() / 1e3),
                plain(joint.bubbleRadius() * 1e3), plain(joint.gas().dissolvedFraction() * 100), plain(co2));
    }

    /** Every number in the one CSV number format. */
    private static String plain(double v) {
        return CsvWriter.number(v);
    }
}
