package org.crepituslab.app.cli;

import org.crepituslab.app.Headless;
import org.crepituslab.framework.cli.Command;
import org.crepituslab.framework.cli.UsageException;
import org.crepituslab.framework.cli.CliArgs;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.crepituslab.app.AppShell;
import org.crepituslab.app.Assets;
import org.crepituslab.app.CrepitusLabApp;
import org.crepituslab.app.Screens;
import org.crepituslab.framework.Preferences;
import org.crepituslab.framework.Theme;

/** {@code snapshot}: renders a screen to PNG with no display, for slides and docs. */
public final class SnapshotCommand implements Command {
    private static final Set<String> FLAGS = Set.of("screen", "out", "width", "height", "theme", "font-scale",
            "language", "seconds", "presenting", "story-step");

    @Override
    public String name() {
        return "snapshot";
    }

    @Override
    public String summary() {
        return "render a screen to a PNG file without a display";
    }

    @Override
    public String usage() {
        return """
                Usage: crepitus-lab snapshot --screen=<id> --out=<file.png> [--width=1280] [--height=800]
                                             [--theme=default|projector] [--font-scale=1.0] [--language=<tag>]
                                             [--seconds=0] [--presenting]
                  --screen      one of: %s
                  --out         the PNG file to write
                  --width       image width in pixels (400-7680)
                  --height      image height in pixels (300-4320)
                  --theme       default or projector (high contrast)
                  --font-scale  1.0 to 2.0 (100-200 %% text size)
                  --language    e.g. en or es; default: the system language
                  --seconds     simulated seconds to run the screen before the picture (0-600)
                  --presenting  as in presenting mode (projector colours, no navigation, large controls)
                  --story-step  with --presenting: show this step (1, 2, ...) of the screen's story
                """.formatted(String.join(", ", Screens.ids()));
    }

    @Override
    public int run(CliArgs args, PrintStream out, PrintStream err) throws Exception {
        args.allowOnly(FLAGS);
        args.maxPositional(0);
        String screen = args.choice("screen", null, new HashSet<>(Screens.ids()));
        Path file = Path.of(args.required("out"));
        int width = args.integer("width", 1280, 400, 7680);
        int height = args.integer("height", 800, 300, 4320);
        Theme theme = Theme.fromId(args.choice("theme", "default", Set.of("default", "projector")));
        double fontScale = args.number("font-scale", 1.0, 1.0, 2.0);
        String language = args.string("language", "");
        double seconds = args.number("seconds", 0, 0, 600);
        boolean presenting = args.has("presenting");
        int storyStep = args.integer("story-step", 0, 0, 50);
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw new UsageException("--out: folder " + dir + " does not exist");
        }

        Headless.start(false);
        Preferences prefs = new Preferences();
        prefs.themeProperty().set(theme);
        prefs.setFontScale(fontScale);
        prefs.soundOnProperty().set(false);
        prefs.languageProperty().set(language);
        BufferedImage image = Headless.onFx(() -> render(prefs, screen, width, height, seconds, presenting, storyStep));
        if (!ImageIO.write(image, "png", file.toFile())) {
            throw new IOException("no PNG writer available");
        }
        out.println("wrote " + file + " (" + image.getWidth() + "x" + image.getHeight() + ", screen " + screen + ")");
        return Cli.OK;
    }

    /** Renders on the FX thread; public so the in-app PNG export shares it. */
    public static BufferedImage render(Preferences prefs, String screen, int width, int height, double seconds,
                                       boolean presenting, int storyStep) {
        Assets.setBackgroundLoading(false);
        Scene scene = CrepitusLabApp.createScene(prefs, width, height);
        AppShell shell = (AppShell) scene.getRoot();
        shell.show(screen);
        shell.presenting().set(presenting);
        if (presenting && storyStep > 0 && shell.presenting().walkNarration(0)) {
            for (int i = 1; i < storyStep; i++) {
                shell.presenting().walkNarration(1);
            }
        }
        var view = shell.currentView();
        if (view != null) {
            view.clock().stop();
            double remaining = seconds;
            while (remaining > 1e-9) {
                double dt = Math.min(1.0 / 60, remaining);
                view.model().step(dt);
                view.recordSample(); // the graphs fill as if the window had been watching
                remaining -= dt;
            }
            view.step(0);
        }
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        if (view != null) {
            view.step(0);
        }
        WritableImage img = scene.snapshot(null);
        try {
            return SwingFXUtils.fromFXImage(img, null);
        } catch (RuntimeException e) {
            throw new UncheckedIOException(new IOException("could not convert the snapshot: " + e.getMessage()));
        }
    }
}
