package org.crepituslab.framework;

import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.PseudoClass;
import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * Applies the preferences' look to a scene: one stylesheet whose looked-up colours are defined on
 * the root from {@link AppColors} for the current theme (the {@code :projector} pseudo-class also
 * switches the few JavaFX base colours), and a root font size scaled by the font preference
 * (all sizes in the CSS are in em, so everything grows together).
 */
public final class Themes {
    public static final PseudoClass PROJECTOR = PseudoClass.getPseudoClass("projector");
    public static final PseudoClass REDUCED_MOTION = PseudoClass.getPseudoClass("reduced-motion");
    /** Root font size at 100 %, in pixels. */
    public static final double BASE_FONT_PX = 13;
    public static final String STYLESHEET = Objects.requireNonNull(
            Themes.class.getResource("/org/crepituslab/app.css")).toExternalForm();

    /** The looked-up colours, generated from AppColors (the one source of every colour). */
    public static final String COLORS = AppColors.stylesheetUri();

    private static final ObjectProperty<Palette> PALETTE = new SimpleObjectProperty<>(Palette.DEFAULT);
    private static final DoubleProperty FONT_PX = new SimpleDoubleProperty(BASE_FONT_PX);

    private Themes() {
    }

    /** The palette of the current theme, for Canvas drawing; views redraw when it changes. */
    public static ReadOnlyObjectProperty<Palette> paletteProperty() {
        return PALETTE;
    }

    public static Palette palette() {
        return PALETTE.get();
    }

    /** The root font size in pixels, for Canvas text that must scale with the font preference. */
    public static ReadOnlyDoubleProperty fontPxProperty() {
        return FONT_PX;
    }

    public static double fontPx() {
        return FONT_PX.get();
    }

    public static void bind(Scene scene, Preferences prefs) {
        if (!scene.getStylesheets().contains(STYLESHEET)) {
            scene.getStylesheets().addAll(COLORS, STYLESHEET);
        }
        Runnable apply = () -> {
            apply(scene.getRoot(), prefs);
            // the window background is the scene's fill, which the renderer clears to anyway; a
            // root background on top would paint every redrawn pixel a second time each frame
            scene.setFill(palette().background());
        };
        prefs.themeProperty().addListener((o, a, b) -> apply.run());
        prefs.fontScaleProperty().addListener((o, a, b) -> apply.run());
        prefs.reducedMotionProperty().addListener((o, a, b) -> apply.run());
        scene.rootProperty().addListener((o, a, b) -> apply.run());
        apply.run();
    }

    public static void apply(Parent root, Preferences prefs) {
        if (root == null) {
            return;
        }
        Theme theme = prefs.themeProperty().get();
        root.pseudoClassStateChanged(PROJECTOR, theme == Theme.PROJECTOR);
        root.pseudoClassStateChanged(REDUCED_MOTION, prefs.reducedMotionProperty().get());
        double px = BASE_FONT_PX * Preferences.clampFontScale(prefs.fontScaleProperty().get());
        root.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx; -fx-background-color: null;", px));
        FONT_PX.set(px);
        if (!root.getStyleClass().contains("cl-root")) {
            root.getStyleClass().add("cl-root");
        }
        PALETTE.set(Palette.of(theme));
    }
}
