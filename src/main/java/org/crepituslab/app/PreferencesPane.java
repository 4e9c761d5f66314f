package org.crepituslab.app;

import javafx.application.Platform;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.crepituslab.framework.ControlPanel;
import org.crepituslab.framework.Preferences;
import org.crepituslab.framework.Strings;
import org.crepituslab.framework.Theme;

/** The preferences dialog's content: theme, text size, sound, reduced motion, language. */
final class PreferencesPane extends ControlPanel {
    /** Languages with a complete bundle; "" follows the system. */
    static final List<String> LANGUAGES = List.of("", "en", "es");

    private Runnable onClose = () -> { };

    PreferencesPane(Preferences prefs) {
        setId("preferences");
        setPrefWidth(420);
        addTitle(Strings.get("prefs.title"));
        addChoice(Strings.get("prefs.theme"), List.of(Theme.values()),
                t -> Strings.get("prefs.theme." + t.id()), prefs.themeProperty());
        addSlider(Strings.get("prefs.fontScale"), Strings.get("prefs.fontScale.help"),
                Preferences.MIN_FONT_SCALE, Preferences.MAX_FONT_SCALE, prefs.fontScaleProperty(),
                v -> Math.round(v * 100) + " %").setBlockIncrement(0.1);
        addCheckBox(Strings.get("prefs.sound"), Strings.get("prefs.sound.help"), prefs.soundOnProperty())
                .setId("pref-sound");
        addCheckBox(Strings.get("prefs.reducedMotion"), Strings.get("prefs.reducedMotion.help"),
                prefs.reducedMotionProperty()).setId("pref-reduced-motion");
        ObjectProperty<String> language = new SimpleObjectProperty<>(prefs.languageProperty().get());
        addChoice(Strings.get("prefs.language"), LANGUAGES, PreferencesPane::languageName, language);
        language.addListener((o, a, b) -> prefs.languageProperty().set(b));
        addButton(Strings.get("prefs.close"), Strings.get("prefs.close"), () -> onClose.run())
                .setId("prefs-close");
    }

    private static String languageName(String tag) {
        return tag.isEmpty() ? Strings.get("prefs.language.system") : Strings.get("prefs.language." + tag);
    }

    void setOnClose(Runnable r) {
        onClose = r;
    }

    void focusFirst() {
        Platform.runLater(() -> {
            if (getChildren().size() > 2) {
                getChildren().get(2).requestFocus();
            }
        });
    }
}
