package org.crepituslab.facet.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.crepituslab.facet.model.ExamplePop;
import org.crepituslab.facet.model.FacetConstants;
import org.crepituslab.facet.model.PopTrace;
import org.crepituslab.facet.model.SoundExplanation;
import org.crepituslab.facet.model.SoundPath;
import org.crepituslab.facet.sound.HeardPop;
import org.crepituslab.facet.sound.PopSound;
import org.crepituslab.framework.cli.CliArgs;
import org.crepituslab.framework.cli.Simulation;
import org.crepituslab.framework.io.CsvWriter;
import org.crepituslab.sound.Pcm;
import org.crepituslab.sound.WavWriter;

/** {@code simulate pop}: the heard sound of one pop of a rested joint at default settings. */
public final class PopSimulation implements Simulation {
    public static final List<String> HEADER = List.of("t_s", "pressure_pa");
    private static final Set<String> FLAGS = Set.of("stretch-speed", "sound-model", "distance", "out", "csv");
    private static final Set<String> MODELS = Set.of("formation", "collapse", "partial");

    @Override
    public String kind() {
        return "pop";
    }

    @Override
    public String summary() {
        return "the heard sound of one pop: WAV, pressure in air, pitch, duration and level";
    }

    @Override
    public String usage() {
        return """
                Usage: crepitus-lab simulate pop [--stretch-speed=<mm/s>] [--sound-model=formation|collapse|partial]
                                                 [--distance=<m>] --out=<file.wav> [--csv=<file.csv>]
                One standard stretch of a rested facet joint at default settings; the bubble's sound is
                carried from the fluid through the tissue and the skin into air with its level kept.
                  --stretch-speed=<mm/s>  speed of the pull (default %s, from %s to %s)
                  --sound-model=<m>       which moment is heard: formation (growth to the first largest
                                          size), collapse (the first collapse and rebound) or partial
                                          (all of it: growth and partial collapse; default)
                  --distance=<m>          listener's distance from the skin (default %s)
                  --out=<file.wav>        44.1 kHz 16-bit mono; full scale is %s Pa (80 dB SPL)
                  --csv=<file.csv>        t_s,pressure_pa: the sound pressure in air at that distance, Pa
                Prints one line: peak_hz=<f> duration_ms=<d> peak_db_spl=<L> (duration: the time the
                envelope stays within 20 dB of its peak).
                """.formatted(fmt(FacetConstants.STRETCH_RATE * 1e3), fmt(FacetConstants.STRETCH_RATE_MIN * 1e3),
                fmt(FacetConstants.STRETCH_RATE_MAX * 1e3), fmt(SoundPath.LISTENING_DISTANCE),
                fmt(PopSound.FULL_SCALE_PA));
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    @Override
    public int run(CliArgs args, PrintStream out, PrintStream err) throws Exception {
        args.allowOnly(FLAGS);
        double speed = args.number("stretch-speed", FacetConstants.STRETCH_RATE * 1e3,
                FacetConstants.STRETCH_RATE_MIN * 1e3, FacetConstants.STRETCH_RATE_MAX * 1e3) / 1e3;
        String model = args.choice("sound-model", "partial", MODELS);
        double distance = args.number("distance", SoundPath.LISTENING_DISTANCE, 0.01, 100);
        args.required("out");
        Path wav = args.outputFile("out");
        Path csv = args.outputFile("csv");
        SoundExplanation explanation = explanation(model);
        PopTrace trace = ExamplePop.simulate(speed).trace();
        HeardPop heard = HeardPop.of(trace, explanation, distance);
        WavWriter.write(heard.pcm(), wav);
        if (csv != null) {
            double[] p = heard.pascals();
            CsvWriter.writeFile(csv, HEADER, w -> {
                for (int i = 0; i < p.length; i++) {
                    w.row(CsvWriter.number(i / (double) Pcm.RATE), CsvWriter.number(p[i]));
                }
            });
        }
        out.printf(Locale.ROOT, "peak_hz=%.0f duration_ms=%.2f peak_db_spl=%.1f%n", heard.peakHz(),
                heard.durationMs(), heard.peakDbSpl());
        err.printf(Locale.ROOT, "wrote %s (44.1 kHz 16-bit mono, full scale = %s Pa, peak %.4g Pa at %s m)%n",
                wav, fmt(PopSound.FULL_SCALE_PA), heard.peakPa(), fmt(distance));
        return 0;
    }

    static SoundExplanation explanation(String id) {
        for (SoundExplanation e : SoundExplanation.values()) {
            if (e.id().equals(id)) {
                return e;
            }
        }
        throw new IllegalArgumentException(id);
    }
}
