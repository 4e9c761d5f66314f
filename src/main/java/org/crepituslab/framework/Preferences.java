package org.crepituslab.framework;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The user's preferences, as properties the UI binds to. Saved by {@link PreferencesStore}. */
public final class Preferences {
    public static final double MIN_FONT_SCALE = 1.0;
    public static final double MAX_FONT_SCALE = 2.0;

    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.DEFAULT);
    private final DoubleProperty fontScale = new SimpleDoubleProperty(this, "fontScale", 1.0);
    private final BooleanProperty soundOn = new SimpleBooleanProperty(this, "soundOn", true);
    private final BooleanProperty reducedMotion = new SimpleBooleanProperty(this, "reducedMotion", false);
    /** Language tag ("en", "es"), or empty to follow the system locale. */
    private final StringProperty language = new SimpleStringProperty(this, "language", "");

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public DoubleProperty fontScaleProperty() {
        return fontScale;
    }

    public BooleanProperty soundOnProperty() {
        return soundOn;
    }

    public BooleanProperty reducedMotionProperty() {
        return reducedMotion;
    }

    public StringProperty languageProperty() {
        return language;
    }

    /** Clamps the font scale into the supported 100–200 % range. */
    public void setFontScale(double scale) {
        fontScale.set(clampFontScale(scale));
    }

    public static double clampFontScale(double scale) {
        if (!Double.isFinite(scale)) {
            return 1.0;
        }
        return Math.max(MIN_FONT_SCALE, Math.min(MAX_FONT_SCALE, scale));
    }

    public void copyFrom(Preferences other) {
        theme.set(other.theme.get());
        fontScale.set(other.fontScale.get());
        soundOn.set(other.soundOn.get());
        reducedMotion.set(other.reducedMotion.get());
        language.set(other.language.get());
    }
}
