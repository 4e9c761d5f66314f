package org.crepituslab.app;

import java.util.concurrent.CompletableFuture;
import org.crepituslab.framework.Preferences;
import org.crepituslab.framework.PreferencesStore;
import org.crepituslab.framework.Strings;

/**
 * Start-up work that does not need the toolkit, begun on a second core while JavaFX starts:
 * reading preferences (Jackson's first use costs hundreds of classes), the string bundles, and
 * loading (not initialising) the classes of the first screens. The FX thread then only waits for
 * what is already done.
 */
public final class AppStartup {
    /** Loaded in the background; all are needed before the first frame. */
    private static final String[] WARM_CLASSES = {
            "com.jfoenix.controls.JFXButton", "com.jfoenix.skins.JFXButtonSkin", "com.jfoenix.controls.JFXRippler",
            "com.jfoenix.controls.JFXCheckBox", "com.jfoenix.skins.JFXCheckBoxSkin", "com.jfoenix.controls.JFXSlider",
            "com.jfoenix.skins.JFXSliderSkin", "com.jfoenix.controls.JFXRadioButton", "com.jfoenix.skins.JFXRadioButtonSkin",
            "javafx.scene.control.skin.ScrollPaneSkin", "javafx.scene.control.skin.LabelSkin",
            "javafx.scene.control.skin.ButtonSkin", "javafx.scene.control.skin.CheckBoxSkin",
            "javafx.scene.canvas.Canvas", "javafx.scene.canvas.GraphicsContext",
            "org.crepituslab.app.AppShell", "org.crepituslab.app.HomeView"};

    /**
     * Initialised in the background: Control's static initialiser parses the default user-agent
     * stylesheet (modena.css, about a quarter of the FX thread's start-up), and JFXButton's loads
     * the JFoenix fonts. JavaFX allows building controls off the FX thread, so this is safe.
     */
    private static final String[] INIT_CLASSES = {
            "javafx.scene.control.Control", "com.jfoenix.controls.JFXButton"};

    private static CompletableFuture<Result> pending;

    /** What the background work produced. */
    public record Result(Preferences preferences, PreferencesStore store) {
    }

    private AppStartup() {
    }

    /** Begins the background work; safe to call more than once. */
    public static synchronized void begin() {
        if (pending != null) {
            return;
        }
        // the preferences are handed over as soon as they are read: the FX thread needs them to
        // build the scene, while the warm-up below only has to be ahead of it, not finished
        CompletableFuture<Result> prefs = new CompletableFuture<>();
        pending = prefs;
        Thread t = new Thread(() -> {
            try {
                PreferencesStore store = PreferencesStore.standard();
                Preferences loaded = store.load();
                Strings.setLocale(LocaleChoice.resolve(loaded.languageProperty().get()));
                prefs.complete(new Result(loaded, store));
            } catch (RuntimeException | Error e) {
                prefs.completeExceptionally(e);
                return;
            }
            warmUp(AppStartup.class.getClassLoader());
        }, "crepitus-startup");
        t.setDaemon(true);
        t.start();
    }

    private static void warmUp(ClassLoader loader) {
        load(INIT_CLASSES, true, loader);
        load(WARM_CLASSES, false, loader);
    }

    private static void load(String[] names, boolean initialise, ClassLoader loader) {
        for (String name : names) {
            try {
                Class.forName(name, initialise, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                // only a warm-up: the FX thread will load it (and report any real error) itself
            }
        }
    }

    /** The preferences and their store, waiting for the background work if it is still running. */
    public static Result await() {
        begin();
        return pending.join();
    }
}
