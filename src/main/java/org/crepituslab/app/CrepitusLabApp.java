package org.crepituslab.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.crepituslab.framework.Preferences;
import org.crepituslab.framework.PreferencesStore;
import org.crepituslab.framework.Strings;
import org.crepituslab.framework.Themes;

/** The GUI: one window holding the {@link AppShell}. */
public final class CrepitusLabApp extends Application {
    public static final double MIN_WIDTH = 1024;
    public static final double MIN_HEIGHT = 680;

    @Override
    public void start(Stage stage) {
        AppStartup.Result startup = AppStartup.await();
        PreferencesStore store = startup.store();
        Preferences prefs = startup.preferences();
        store.autoSave(prefs);
        Scene scene = createScene(prefs, 1280, 800);
        AppShell shell = (AppShell) scene.getRoot();
        if (store.problem() != null) {
            shell.setStartupNotice(store.problem());
            System.err.println(store.problem());
        }
        stage.setTitle(Strings.get("app.title"));
        for (int size : new int[] {32, 64, 256}) {
            Image icon = Assets.image("icons/icon-" + size + ".png");
            if (icon != null) {
                stage.getIcons().add(icon);
            }
        }
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        stage.setScene(scene);
        stage.setOnHidden(e -> shell.presenting().set(false));
        stage.show();
    }

    /** The whole app in a scene, themed from the preferences; used by the window and by snapshot. */
    public static Scene createScene(Preferences prefs, double width, double height) {
        Strings.setLocale(LocaleChoice.resolve(prefs.languageProperty().get()));
        Screens.ensureInstalled();
        AppShell shell = new AppShell(prefs);
        Scene scene = new Scene(shell, width, height);
        Themes.bind(scene, prefs);
        return scene;
    }
}
