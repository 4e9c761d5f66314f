package org.crepituslab.app.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.crepituslab.app.Screens;
import org.crepituslab.framework.Screen;
import org.crepituslab.framework.SimModel;
import org.crepituslab.framework.cli.CliArgs;
import org.crepituslab.framework.cli.Command;
import org.crepituslab.framework.cli.ExitCodes;
import org.crepituslab.framework.cli.UsageException;
import org.crepituslab.framework.contract.Quantity;
import org.crepituslab.framework.io.CsvWriter;
import org.crepituslab.framework.StoryStep;

/**
 * {@code story --screen=<id> [--out=<file.csv>]}: runs a screen's presenting story headless and
 * writes, for each step, every readout of the screen's contract after the step is set up, as CSV
 * {@code step,id,readout,value} (step numbered from 1). Without --out the CSV goes to stdout.
 */
public final class StoryCommand implements Command {
    public static final List<String> HEADER = List.of("step", "id", "readout", "value");

    @Override
    public String name() {
        return "story";
    }

    @Override
    public String summary() {
        return "run a screen's presenting story headless; CSV step,id,readout,value";
    }

    @Override
    public String usage() {
        return "Usage: crepitus-lab story --screen=<id> [--out=<file.csv>]\n\n"
                + "Screens with a story: " + String.join(", ", Screens.all().stream()
                .filter(s -> !s.story().isEmpty()).map(Screen::id).toList()) + "\n";
    }

    @Override
    public int run(CliArgs args, PrintStream out, PrintStream err) throws Exception {
        args.allowOnly(Set.of("screen", "out"));
        args.maxPositional(0);
        String id = args.required("screen");
        Screen<?> screen = Screens.byId(id).orElseThrow(() -> new UsageException("--screen: unknown screen \"" + id + "\""));
        if (screen.story().isEmpty()) {
            throw new UsageException("--screen: the " + id + " screen has no story");
        }
        Path file = args.has("out") ? Path.of(args.required("out")) : null;
        if (file == null) {
            // standard output stays open for whatever runs next: flush, never close
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CsvWriter csv = CsvWriter.to(w, HEADER);
            write(screen, csv);
            csv.flush();
            w.flush();
        } else {
            CsvWriter.writeFile(file, HEADER, csv -> write(screen, csv));
        }
        return ExitCodes.OK;
    }

    private static <M extends SimModel> void write(Screen<M> screen, CsvWriter csv) throws IOException {
        M model = screen.createModel();
        List<StoryStep<M>> steps = screen.story();
        List<Quantity> readouts = screen.contract().readouts();
        for (int i = 0; i < steps.size(); i++) {
            steps.get(i).scene().accept(model);
            for (Quantity q : readouts) {
                csv.row(i + 1, steps.get(i).id(), q.name(), model.readout(q.name()));
            }
        }
    }
}
