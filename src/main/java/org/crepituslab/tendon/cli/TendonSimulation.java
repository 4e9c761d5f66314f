package org.crepituslab.tendon.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVPrinter;
import org.crepituslab.framework.cli.CliArgs;
import org.crepituslab.framework.cli.Simulation;
import org.crepituslab.framework.cli.UsageException;
import org.crepituslab.tendon.io.TendonCsv;
import org.crepituslab.tendon.model.Anatomy;
import org.crepituslab.tendon.model.FoldAnalysis;
import org.crepituslab.tendon.model.HipMotion;
import org.crepituslab.tendon.model.Landscape;
import org.crepituslab.tendon.model.SnapDirection;
import org.crepituslab.tendon.model.SnapEvent;
import org.crepituslab.tendon.model.SnapThreshold;
import org.crepituslab.tendon.model.SnapTrial;
import org.crepituslab.tendon.model.TendonModel;

/**
 * {@code simulate tendon}: drives the hip through n cycles of the clinical manoeuvre (or walking) from the
 * extended hip, writes the snaps (and optionally the time series) as CSV, and prints a summary that
 * compares the simulated snap angles with the landscape's analytic fold angles.
 */
public final class TendonSimulation implements Simulation {
    private static final Set<String> FLAGS = Set.of("tightness", "cycles", "period", "out", "events",
            "pelvic-tilt", "core", "motion");
    /** Sampling interval of --out: fine enough to see a snap (~5 ms) as several rows. */
    static final double SAMPLE_S = 0.001;
    static final double DEFAULT_TIGHTNESS = 0.9;
    static final int DEFAULT_CYCLES = 3;

    @Override
    public String kind() {
        return "tendon";
    }

    @Override
    public String summary() {
        return "the iliopsoas tendon snapping over the hip in the clinical manoeuvre or walking";
    }

    @Override
    public String usage() {
        return """
                Usage: crepitus-lab simulate tendon --tightness=<0..1> --cycles=<n> [--period=<s>]
                                                    [--out=<file.csv>] [--events=<file.csv>]
                                                    [--pelvic-tilt=<0..1>] [--core=<0..1>]
                                                    [--motion=flexion-extension|walking]
                  --tightness    hip-flexor tightness, 0 to 1 (default %s; the typical hip snaps in the
                                 clinical manoeuvre from %s)
                  --cycles       full cycles to run, from the extended hip (1-10000, default %d)
                  --period       seconds per cycle (0.5-60; default 4 for flexion-extension, 1.1 for walking)
                  --out          write the time series every 1 ms as CSV:
                                 t_s,hip_angle_deg,tendon_x_mm,tendon_speed_m_s,potential_mj,snaps
                  --events       write the snaps as CSV: t_s,event,direction,hip_angle_deg,energy_j
                  --pelvic-tilt  extra anterior pelvic tilt, 0 to 1 (= 0 to 15 degrees; default 0)
                  --core         core engagement, 0 to 1: takes up to 60 %% of the tilt off (default 0)
                  --motion       flexion-extension: the clinical manoeuvre, into flexion (-10 to 80 degrees)
                                 with abduction and external rotation, back to extension in neutral;
                                 or walking (-10 to 30 degrees); default flexion-extension
                Tilt and core are modelling choices (seeds 000 and 001). Educational, not medical advice.
                """.formatted(TendonCsv.num("%.1f", DEFAULT_TIGHTNESS),
                TendonCsv.num("%.2f", SnapThreshold.of(Anatomy.TYPICAL, HipMotion.FLEXION_EXTENSION,
                        HipMotion.FLEXION_EXTENSION.defaultPeriodS(), 0, 0)), DEFAULT_CYCLES);
    }

    @Override
    public int run(CliArgs args, PrintStream out, PrintStream err) throws Exception {
        args.allowOnly(FLAGS);
        double tightness = args.number("tightness", DEFAULT_TIGHTNESS, 0, 1);
        int cycles = args.integer("cycles", DEFAULT_CYCLES, 1, 10_000);
        HipMotion motion = HipMotion.fromId(args.choice("motion", HipMotion.FLEXION_EXTENSION.id(),
                Set.of(HipMotion.FLEXION_EXTENSION.id(), HipMotion.WALKING.id())));
        double period = args.number("period", motion.defaultPeriodS(), 0.5, 60);
        double tilt = args.number("pelvic-tilt", 0, 0, 1);
        double core = args.number("core", 0, 0, 1);
        Path outFile = args.outputFile("out");
        Path eventsFile = args.outputFile("events");
        if (outFile != null && outFile.equals(eventsFile)) {
            throw new UsageException("--out and --events must be different files");
        }

        TendonModel model = new TendonModel();
        model.tightnessProperty().set(tightness);
        model.pelvicTiltProperty().set(tilt);
        model.coreEngagementProperty().set(core);
        model.motionProperty().set(motion);
        model.cyclePeriodProperty().set(period);
        List<SnapEvent> events = new ArrayList<>();
        model.snaps().addListener(events::add);

        long samples = Math.round(cycles * period / SAMPLE_S);
        if (outFile != null) {
            try (BufferedWriter w = Files.newBufferedWriter(outFile, StandardCharsets.UTF_8)) {
                CSVPrinter p = TendonCsv.printer(w, TendonCsv.SERIES_HEADER);
                printSample(p, model);
                for (long i = 0; i < samples; i++) {
                    model.step(SAMPLE_S);
                    printSample(p, model);
                }
                p.flush();
            }
        } else {
            for (long i = 0; i < samples; i++) {
                model.step(SAMPLE_S);
            }
        }
        String broken = model.checkInvariants();
        if (broken != null) {
            err.println("crepitus-lab simulate tendon: model invariant broken: " + broken);
            return 1;
        }
        if (eventsFile != null) {
            try (BufferedWriter w = Files.newBufferedWriter(eventsFile, StandardCharsets.UTF_8)) {
                TendonCsv.writeEvents(w, events);
            }
        }
        printSummary(out, model, motion, cycles, period, events, outFile, eventsFile);
        return 0;
    }


    private static void printSample(CSVPrinter p, TendonModel m) throws IOException {
        p.printRecord(TendonCsv.num("%.4f", m.timeProperty().get()),
                TendonCsv.num("%.3f", Math.toDegrees(m.hipAngleProperty().get())),
                TendonCsv.num("%.4f", m.tendonXProperty().get() * 1e3),
                TendonCsv.num("%.4f", m.tendonSpeedProperty().get()),
                TendonCsv.num("%.4f", m.potentialEnergy() * 1e3),
                m.snapCountProperty().get());
    }

    private static void printSummary(PrintStream out, TendonModel m, HipMotion motion, int cycles, double period,
                                     List<SnapEvent> events, Path outFile, Path eventsFile) {
        out.println("tendon: tightness " + TendonCsv.num("%.2f", m.tightnessProperty().get())
                + " (tension " + TendonCsv.num("%.0f", m.landscape().tension()) + " N), "
                + cycles + " " + (motion == HipMotion.FLEXION_EXTENSION
                        ? "cycles of the clinical manoeuvre (flexion-abduction-external rotation, back to extension)"
                        : motion.id() + " cycles") + " of " + TendonCsv.num("%.2f", period) + " s");
        out.println("snaps: " + events.size() + " (" + describe(events, SnapDirection.FLEXING) + "; "
                + describe(events, SnapDirection.EXTENDING) + ")");
        double share = SnapTrial.extendingEnergyShare(events);
        if (!Double.isNaN(share)) {
            out.println("energy released on the way back to extension: " + TendonCsv.num("%.0f", share * 100) + " %");
        }
        double threshold = m.snapThreshold();
        out.println(Double.isNaN(threshold) ? "this movement does not snap at any tightness"
                : "this movement, at this speed, snaps from tightness " + TendonCsv.num("%.2f", threshold));
        FoldAnalysis a = m.analysis();
        if (a.snaps()) {
            out.println("slow-motion folds with the hip in neutral: flexing " + TendonCsv.num("%.1f", Math.toDegrees(a.flexingAngleRad()))
                    + " deg, extending " + TendonCsv.num("%.1f", Math.toDegrees(a.extendingAngleRad()))
                    + " deg, hysteresis " + TendonCsv.num("%.1f", Math.toDegrees(a.hysteresisRad()))
                    + " deg, " + TendonCsv.num("%.2f", a.energyJ() * 1e3) + " mJ per snap");
        } else {
            out.println("no fold at this tightness: the tendon glides over the ridge (no movement snaps below "
                    + TendonCsv.num("%.2f", Landscape.foldThresholdTightness()) + ")");
        }
        if (outFile != null) {
            out.println("wrote " + outFile);
        }
        if (eventsFile != null) {
            out.println("wrote " + eventsFile);
        }
    }

    private static String describe(List<SnapEvent> events, SnapDirection d) {
        List<SnapEvent> some = events.stream().filter(e -> e.direction() == d).toList();
        if (some.isEmpty()) {
            return "none " + d.id();
        }
        double angle = some.stream().mapToDouble(SnapEvent::hipAngleDeg).average().orElse(Double.NaN);
        double energy = some.stream().mapToDouble(SnapEvent::energyJ).average().orElse(Double.NaN);
        return some.size() + " " + d.id() + " at " + TendonCsv.num("%.1f", angle) + " deg, "
                + TendonCsv.num("%.2f", energy * 1e3) + " mJ";
    }
}
