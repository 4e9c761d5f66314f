package org.crepituslab.testscreen;

import java.io.PrintStream;
import java.util.List;
import javafx.scene.control.Label;
import org.crepituslab.framework.Screen;
import org.crepituslab.framework.ScreenView;
import org.crepituslab.framework.Strings;
import org.crepituslab.framework.cli.CliArgs;
import org.crepituslab.framework.cli.ExitCodes;
import org.crepituslab.framework.cli.Simulation;
import org.crepituslab.framework.cli.UsageException;
import org.crepituslab.framework.contract.ExampleSound;
import org.crepituslab.framework.contract.Quantity;
import org.crepituslab.framework.contract.ScreenContract;
import org.crepituslab.sound.Pcm;

/**
 * A screen that exists only in the tests, declared entirely in this package: it proves that a new
 * screen gets the command line, quiz validation and its strings with no edit anywhere else.
 */
public final class MetronomeScreen implements Screen<MetronomeModel> {
    private static final Quantity RATE = Quantity.continuous("rate_hz", "Hz", MetronomeModel.MIN_RATE_HZ,
            MetronomeModel.MAX_RATE_HZ, "ticks per second");

    @Override
    public String id() {
        return "metronome";
    }

    @Override
    public MetronomeModel createModel() {
        return new MetronomeModel();
    }

    @Override
    public ScreenView createView(MetronomeModel model) {
        return new ScreenView(model) {
            {
                setCenter(new Label(Strings.get("metronome.hello")));
            }
        };
    }

    @Override
    public ScreenContract contract() {
        return new ScreenContract(List.of(RATE), List.of(Quantity.count("ticks", "ticks since reset"), RATE));
    }

    @Override
    public List<Simulation> simulations() {
        return List.of(new Simulation() {
            @Override
            public String kind() {
                return "metronome";
            }

            @Override
            public String summary() {
                return "ticks of the test metronome";
            }

            @Override
            public String usage() {
                return "simulate metronome --seconds=<s>\n";
            }

            @Override
            public int run(CliArgs args, PrintStream out, PrintStream err) throws UsageException {
                MetronomeModel m = new MetronomeModel();
                m.step(args.number("seconds", 1, 0, 3600));
                out.println("ticks=" + (int) m.readout("ticks"));
                return ExitCodes.OK;
            }
        });
    }

    @Override
    public List<ExampleSound> sounds() {
        return List.of(new ExampleSound("tick", () -> new Pcm(new float[441], Pcm.RATE)));
    }
}
