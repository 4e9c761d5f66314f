package org.crepituslab.app.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Scene;
import org.crepituslab.app.AppShell;
import org.crepituslab.app.Assets;
import org.crepituslab.app.CrepitusLabApp;
import org.crepituslab.app.Headless;
import org.crepituslab.app.LayoutInspector;
import org.crepituslab.app.LayoutInspector.Finding;
import org.crepituslab.app.Screens;
import org.crepituslab.framework.Preferences;
import org.crepituslab.framework.ScreenView;
import org.crepituslab.framework.Theme;
import org.crepituslab.framework.cli.CliArgs;
import org.crepituslab.framework.cli.Command;
import org.crepituslab.framework.cli.ExitCodes;

/**
 * {@code layout-check --screen=<id|all> --width=<px> --height=<px> [--font-scale=<1..2>]
 * [--theme=default|projector] [--present]}: lays screens out headless and lists every clipped,
 * overlapping or off-screen text and every key region not visible without scrolling; exit 1 when
 * there is any, 0 when clean. In presenting mode every step of the screen's story is checked.
 */
public final class LayoutCheckCommand implements Command {
    private static final Set<String> FLAGS = Set.of("screen", "width", "height", "font-scale", "theme", "present");

    @Override
    public String name() {
        return "layout-check";
    }

    @Override
    public String summary() {
        return "lay screens out headless; exit 1 listing clipped, overlapping or off-screen text";
    }

    @Override
    public String usage() {
        return "Usage: crepitus-lab layout-check --screen=<id|all> --width=<px> --height=<px> [--font-scale=<1..2>]\n"
                + "                                 [--theme=default|projector] [--present]\n"
                + "  --screen  one of: all, " + String.join(", ", Screens.ids()) + "\n";
    }

    @Override
    public int run(CliArgs args, PrintStream out, PrintStream err) throws Exception {
        args.allowOnly(FLAGS);
        args.maxPositional(0);
        Set<String> ids = new HashSet<>(Screens.ids());
        ids.add("all");
        String screen = args.choice("screen", null, ids);
        int width = args.integer("width", 0, 320, 7680);
        int height = args.integer("height", 0, 240, 4320);
        double scale = args.number("font-scale", 1.0, 1.0, 2.0);
        Theme theme = Theme.fromId(args.choice("theme", "default", Set.of("default", "projector")));
        boolean present = args.has("present");
        List<String> screens = screen.equals("all") ? Screens.ids() : List.of(screen);
        Headless.start(false);
        List<String> lines = Headless.onFx(() -> {
            List<String> found = new ArrayList<>();
            for (String id : screens) {
                for (Finding f : check(id, width, height, scale, theme, present)) {
                    found.add(id + ": " + f);
                }
            }
            return found;
        });
        String setting = String.format(Locale.ROOT, "%dx%d, text %.0f %%, %s theme%s", width, height, scale * 100,
                theme.id(), present ? ", presenting" : "");
        lines.forEach(out::println);
        out.println(lines.isEmpty() ? "layout-check: clean (" + setting + ")"
                : "layout-check: " + lines.size() + " problems (" + setting + ")");
        return lines.isEmpty() ? ExitCodes.OK : ExitCodes.FAILED;
    }

    /** Checks one screen on the FX thread; public so tests can sweep the grid in one JVM. */
    public static List<Finding> check(String id, int width, int height, double scale, Theme theme, boolean present) {
        Assets.setBackgroundLoading(false);
        Preferences prefs = new Preferences();
        prefs.themeProperty().set(theme);
        prefs.setFontScale(scale);
        prefs.soundOnProperty().set(false);
        Scene scene = CrepitusLabApp.createScene(prefs, width, height);
        AppShell shell = (AppShell) scene.getRoot();
        shell.show(id);
        shell.presenting().set(present);
        List<Finding> found = new ArrayList<>();
        if (present && shell.presenting().walkNarration(0)) {
            int steps = shell.presenting().story().size();
            for (int i = 0; i < steps; i++) {
                if (i > 0) {
                    shell.presenting().walkNarration(1);
                }
                String step = shell.presenting().story().current().id();
                for (Finding f : inspect(scene, shell, true)) {
                    found.add(new Finding(f.kind(), "story step " + step + ": " + f.what()));
                }
            }
        } else {
            found.addAll(inspect(scene, shell, present));
        }
        shell.presenting().set(false);
        ScreenView v = shell.currentView();
        if (v != null) {
            v.dispose();
        }
        return found.stream().distinct().toList();
    }

    private static List<Finding> inspect(Scene scene, AppShell shell, boolean present) {
        ScreenView view = shell.currentView();
        if (view != null) {
            view.step(0);
        }
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        List<Node> required = new ArrayList<>();
        if (view != null && present) {
            required.addAll(view.keyRegions());
            required.add(view.captions());
            if (view.getTop() != null) {
                required.add(view.getTop()); // the story's words
            }
        }
        return LayoutInspector.inspect(scene, required);
    }
}
