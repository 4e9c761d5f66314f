package org.crepituslab.grinding.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVPrinter;
import org.crepituslab.framework.cli.ExitCodes;
import org.crepituslab.framework.cli.CliArgs;
import org.crepituslab.framework.cli.Simulation;
import org.crepituslab.framework.cli.UsageException;
import org.crepituslab.grinding.io.GrindingCsv;
import org.crepituslab.grinding.model.FrictionSample;
import org.crepituslab.grinding.model.GrindingConstants;
import org.crepituslab.grinding.model.GrindingModel;
import org.crepituslab.grinding.sound.GrindSound;
import org.crepituslab.grinding.sound.SoundLevel;
import org.crepituslab.sound.Pcm;
import org.crepituslab.sound.WavWriter;

/**
 * {@code simulate grinding}: runs the grinding model without the window and writes the friction
 * history and the slip/catch events as CSV. Rows are streamed, so long runs need little memory.
 */
public final class GrindingSimulation implements Simulation {
    private static final Set<String> FLAGS = Set.of("wear", "spurs", "spur-size", "duration", "seed", "out",
            "events", "sample", "wav");
    /** Longest run whose sound --wav writes (the whole sound is held in memory). */
    static final double MAX_WAV_S = 300;
    /** The sound is rendered a second at a time as the run goes, while the contact force is still held. */
    private static final double WAV_CHUNK_S = 1.0;

    @Override
    public String kind() {
        return "grinding";
    }

    @Override
    public String summary() {
        return "arthritic crepitus: friction and stick-slip/spur events of a worn joint";
    }

    @Override
    public String usage() {
        return """
                Usage: crepitus-lab simulate grinding --wear=<0..1> --spurs=<n> --duration=<s> [--seed=<n>]
                                                      [--out=<file.csv>] [--events=<file.csv>]
                                                      [--spur-size=<mm>] [--sample=<s>] [--wav=<file.wav>]
                  --wear       cartilage wear, 0 healthy to 1 bone on bone (default 0.3)
                  --spurs      number of bone spurs, 0-%d (default: as many as this wear grows, none below
                               wear 0.35; spurs beyond the tissue's reach never catch)
                  --duration   simulated seconds, more than 0 and at most 3600 (default 10)
                  --seed       seed of the random surface and spur layout, 0 or more (default 1)
                  --out        friction CSV: t_s,friction_coefficient,fluid_load_fraction,wear,
                               bone_position_mm,slips,catches (default: printed on standard output)
                  --events     events CSV with header t_s,event,energy_j; event is slip or catch
                               (default: not written)
                  --spur-size  spur height in mm, 0.5-3 (default: grows with wear, 0.5 to 3)
                  --sample     seconds between friction rows, 0.001-1 (default 0.01)
                  --wav        the sound of the run as heard at the skin: WAV, 44.1 kHz, 16-bit, mono, at an
                               absolute scale (full scale = %s N of contact force filtered by the tissue);
                               runs of at most %s s
                """.formatted(GrindingConstants.MAX_SPURS, fmt(GrindSound.FULL_SCALE_N), fmt(MAX_WAV_S));
    }

    @Override
    public int run(CliArgs args, PrintStream out, PrintStream err) throws Exception {
        args.allowOnly(FLAGS);
        double wear = args.number("wear", GrindingModel.DEFAULT_WEAR, 0, 1);
        int spurs = args.integer("spurs", GrindingModel.DEFAULT_SPURS, 0, GrindingConstants.MAX_SPURS);
        double spurSizeMm = args.number("spur-size", GrindingModel.DEFAULT_SPUR_SIZE_M * 1e3,
                GrindingConstants.MIN_SPUR_SIZE_M * 1e3, GrindingConstants.MAX_SPUR_SIZE_M * 1e3);
        double duration = args.number("duration", 10, 0, 3600);
        if (duration <= 0) {
            throw new UsageException("--duration must be more than 0, got " + duration);
        }
        long seed = args.longValue("seed", GrindingModel.DEFAULT_SEED);
        if (seed < 0) {
            throw new UsageException("--seed must be 0 or more, got " + seed);
        }
        double sample = args.number("sample", 0.01, 0.001, 1);
        Path outFile = args.outputFile("out");
        Path eventsFile = args.outputFile("events");
        Path wavFile = args.outputFile("wav");
        if (wavFile != null && duration > MAX_WAV_S) {
            throw new UsageException("--wav needs --duration of at most " + fmt(MAX_WAV_S) + " s, got " + fmt(duration));
        }

        GrindingModel model = new GrindingModel(seed);
        model.wearProperty().set(wear);
        // spurs follow the wear unless their number or size is given
        if (args.has("spur-size")) {
            model.spurSizeProperty().set(spurSizeMm * 1e-3);
        }
        if (args.has("spurs")) {
            model.spursProperty().set(spurs);
        }
        WavRecorder wav = wavFile == null ? null : new WavRecorder(model, WAV_CHUNK_S);

        BufferedWriter frictionOut = outFile == null ? null : Files.newBufferedWriter(outFile, StandardCharsets.UTF_8);
        BufferedWriter eventsOut = eventsFile == null ? null : Files.newBufferedWriter(eventsFile, StandardCharsets.UTF_8);
        try (CSVPrinter friction = GrindingCsv.frictionPrinter(frictionOut == null ? unclosable(out) : frictionOut);
             CSVPrinter events = eventsOut == null ? null : GrindingCsv.eventsPrinter(eventsOut)) {
            Runnable unsubscribe = events == null ? () -> { } : model.events().addListener(e -> {
                try {
                    GrindingCsv.writeEvent(events, e);
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            });
            try {
                int rows = (int) Math.round(duration / sample);
                double sum = 0;
                for (int i = 1; i <= rows; i++) {
                    model.step(sample);
                    FrictionSample s = new FrictionSample(model.time(), model.frictionProperty().get(),
                            model.fluidLoadFraction(), wear, model.bonePosition(), model.slipsProperty().get(),
                            model.catchesProperty().get());
                    GrindingCsv.writeSample(friction, s);
                    sum += s.frictionCoefficient();
                    if (wav != null) {
                        wav.follow();
                    }
                }
                if (outFile != null) {
                    out.printf(Locale.ROOT, "wrote %s (%d rows): mean friction coefficient %.4f, %d slips, %d catches%n",
                            outFile, rows, rows == 0 ? 0 : sum / rows, model.slipsProperty().get(),
                            model.catchesProperty().get());
                }
                if (eventsFile != null) {
                    out.printf(Locale.ROOT, "wrote %s (%d events)%n", eventsFile,
                            model.slipsProperty().get() + model.catchesProperty().get());
                }
                if (wav != null) {
                    Pcm pcm = wav.finish();
                    WavWriter.write(pcm, wavFile);
                    out.printf(Locale.ROOT, "wrote %s (%.2f s, 44.1 kHz 16-bit mono; full scale = %s N of contact force "
                                    + "at the skin; RMS %.1f dBFS, %d spurs)%n", wavFile, pcm.durationSeconds(),
                            fmt(GrindSound.FULL_SCALE_N), SoundLevel.rmsDb(pcm), model.spurCount());
                }
            } catch (UncheckedIOException e) {
                throw e.getCause();
            } finally {
                unsubscribe.run();
            }
        } finally {
            if (frictionOut != null) {
                frictionOut.close();
            }
            if (eventsOut != null) {
                eventsOut.close();
            }
        }
        return ExitCodes.OK;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.0f", v);
    }

    /** Standard output must stay open after the CSV printer closes. */
    private static Appendable unclosable(PrintStream out) {
        return new Appendable() {
            @Override
            public Appendable append(CharSequence csq) {
                out.append(csq);
                return this;
            }

            @Override
            public Appendable append(CharSequence csq, int start, int end) {
                out.append(csq, start, end);
                return this;
            }

            @Override
            public Appendable append(char c) {
                out.append(c);
                return this;
            }
        };
    }

}
