package org.crepituslab.walking.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.crepituslab.facet.model.LumbarLevel;
import org.crepituslab.facet.model.Side;
import org.crepituslab.framework.cli.CliArgs;
import org.crepituslab.framework.cli.ExitCodes;
import org.crepituslab.framework.cli.Simulation;
import org.crepituslab.framework.cli.UsageException;
import org.crepituslab.framework.io.CsvWriter;
import org.crepituslab.walking.model.Causes;
import org.crepituslab.walking.model.GaitEvent;
import org.crepituslab.walking.model.GaitKinematics;
import org.crepituslab.walking.model.WalkingModel;

/** {@code simulate walking}: a walk of n gait cycles with the causes given; sounds counted per 100 steps. */
public final class WalkingSimulation implements Simulation {
    public static final List<String> SERIES_HEADER = List.of("t_s", "step", "gait_percent", "hip_flexion_deg",
            "pelvic_tilt_deg", "lumbar_lordosis_deg", "segment_motion_mm");
    public static final List<String> EVENTS_HEADER = List.of("t_s", "step", "gait_percent", "event", "location",
            "energy_j");
    private static final Set<String> FLAGS = Set.of("steps", "hip-flexor-tightness", "core", "glutes", "speed",
            "structural-click", "seed", "out", "events");
    private static final int MAX_STEPS = 100_000;
    /** Rows of --out per gait cycle (one per 1 % of the cycle). */
    private static final int ROWS_PER_STEP = 100;

    @Override
    public String kind() {
        return "walking";
    }

    @Override
    public String summary() {
        return "a walk: gait, pelvic tilt, and the pops, snaps and clicks per 100 steps";
    }

    @Override
    public String usage() {
        Causes d = Causes.DEFAULT;
        return """
                Usage: crepitus-lab simulate walking --steps=<n> [--hip-flexor-tightness=<0..1>] [--core=<0..1>]
                           [--glutes=<0..1>] [--speed=<m/s>] [--structural-click=none|<level>] [--seed=<n>]
                           [--out=<file.csv>] [--events=<file.csv>]
                Walks n gait cycles (a step here is one full cycle: a step of each foot).
                  --steps=<n>                  gait cycles to walk (1 to %d)
                  --hip-flexor-tightness=<x>   0 supple to 1 very tight (default %s)
                  --core=<x>                   deep-core engagement, 0 none to 1 full (default %s)
                  --glutes=<x>                 gluteal strength, 0 weak to 1 strong (default %s)
                  --speed=<m/s>                walking speed, %s to %s (default %s)
                  --structural-click=<level>   none, or a loose ligament / damaged capsule at level 1 (L1-L2)
                                               to 5 (L5-S1), or named like L4-L5 (default none)
                  --seed=<n>                   which random walk (same number, same pops)
                  --out=<file.csv>             every 1 %% of the cycle: t_s,step,gait_percent,hip_flexion_deg,
                                               pelvic_tilt_deg,lumbar_lordosis_deg,segment_motion_mm
                                               (tilt positive = anterior; motion = largest of the five levels)
                  --events=<file.csv>          one row per sound: t_s,step,gait_percent,event,location,energy_j
                                               (event pop, snap or click; location like L4-L5-left or hip-right)
                Example: simulate walking --steps=200 --hip-flexor-tightness=0.9 --core=0.1 --events=events.csv
                """.formatted(MAX_STEPS, num(d.hipFlexorTightness()), num(d.core()), num(d.glutes()),
                num(Causes.SPEED_MIN), num(Causes.SPEED_MAX), num(d.speed()));
    }

    @Override
    public int run(CliArgs args, PrintStream out, PrintStream err) throws Exception {
        args.allowOnly(FLAGS);
        int steps = args.integer("steps", -1, 1, MAX_STEPS);
        if (steps < 0) {
            throw new UsageException("--steps is required, e.g. --steps=100");
        }
        Causes d = Causes.DEFAULT;
        Causes causes = new Causes(args.number("hip-flexor-tightness", d.hipFlexorTightness(), 0, 1),
                args.number("core", d.core(), 0, 1), args.number("glutes", d.glutes(), 0, 1),
                args.number("speed", d.speed(), Causes.SPEED_MIN, Causes.SPEED_MAX),
                structuralLevel(args.string("structural-click", "none")));
        long seed = args.longValue("seed", WalkingModel.DEFAULT_SEED);
        Path series = args.outputFile("out");
        Path eventsFile = args.outputFile("events");

        WalkingModel model = new WalkingModel(seed);
        model.setCauses(causes);
        List<GaitEvent> events = new ArrayList<>();
        model.addListener(events::add);
        double dt = GaitKinematics.strideTime(causes.speed()) / ROWS_PER_STEP;
        if (series != null) {
            CsvWriter.writeFile(series, SERIES_HEADER, csv -> walk(model, steps, dt, csv));
        } else {
            walk(model, steps, dt, null);
        }
        if (eventsFile != null) {
            CsvWriter.writeFile(eventsFile, EVENTS_HEADER, csv -> {
                for (GaitEvent e : events) {
                    csv.row(e.time(), e.step(), e.gaitPercent(), e.kind().label(), e.location(), e.energy());
                }
            });
        }
        double per100 = 100.0 / steps;
        out.printf(Locale.ROOT, "%d steps: %.1f pops, %.1f snaps, %.1f clicks per 100 steps (%d pops, %d snaps, %d clicks)%n",
                steps, model.pops() * per100, model.snaps() * per100, model.clicks() * per100, model.pops(),
                model.snaps(), model.clicks());
        if (series != null) {
            out.println("wrote " + series);
        }
        if (eventsFile != null) {
            out.println("wrote " + eventsFile);
        }
        return ExitCodes.OK;
    }

    /** Walks until n cycles are complete, writing a row at the start and after every sub-step. */
    private static void walk(WalkingModel m, int steps, double dt, CsvWriter csv) throws IOException {
        row(m, csv);
        while (m.steps() < steps) {
            m.step(dt);
            if (m.steps() < steps || m.phase() < 1e-6) {
                row(m, csv);
            }
        }
    }

    private static void row(WalkingModel m, CsvWriter csv) throws IOException {
        if (csv != null) {
            csv.row(m.time(), m.steps(), m.phase() * 100, m.hipFlexion(Side.RIGHT), m.pelvicTilt(), m.lordosis(),
                    m.maxSegmentMotion());
        }
    }

    /** "none", a number 1..5, or a level named like L4-L5. */
    static int structuralLevel(String v) throws UsageException {
        if (v.equalsIgnoreCase("none") || v.equals("0")) {
            return 0;
        }
        LumbarLevel level = LumbarLevel.parse(v);
        if (level != null) {
            return level.number();
        }
        throw new UsageException("--structural-click must be none, 1 to 5, or a level such as L4-L5, got \"" + v + "\"");
    }

    private static String num(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%s", v);
    }
}
