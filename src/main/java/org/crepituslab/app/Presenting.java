package org.crepituslab.app;

import javafx.css.PseudoClass;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.crepituslab.framework.Preferences;
import org.crepituslab.framework.ScreenView;
import org.crepituslab.framework.Strings;
import org.crepituslab.framework.Theme;

/**
 * Presenting mode for a class: full screen, navigation hidden, large time controls, projector
 * palette and at least 150 % text. Leaving restores the user's own theme and text size.
 */
public final class Presenting {
    public static final PseudoClass PRESENTING = PseudoClass.getPseudoClass("presenting");
    /** Text scale presenting mode raises to, unless the user already chose more. */
    public static final double PRESENTING_FONT_SCALE = 1.5;

    private final AppShell shell;
    private final Preferences prefs;
    private boolean on;
    private Theme savedTheme;
    private double savedScale;

    Presenting(AppShell shell, Preferences prefs) {
        this.shell = shell;
        this.prefs = prefs;
    }

    public boolean isOn() {
        return on;
    }

    public void toggle() {
        set(!on);
    }

    public void set(boolean presenting) {
        if (presenting == on) {
            return;
        }
        on = presenting;
        if (on) {
            savedTheme = prefs.themeProperty().get();
            savedScale = prefs.fontScaleProperty().get();
            prefs.themeProperty().set(Theme.PROJECTOR);
            prefs.setFontScale(Math.max(savedScale, PRESENTING_FONT_SCALE));
        } else {
            prefs.themeProperty().set(savedTheme);
            prefs.setFontScale(savedScale);
        }
        shell.setNavigationVisible(!on);
        if (shell.getScene() != null) {
            shell.getScene().getRoot().pseudoClassStateChanged(PRESENTING, on);
            if (shell.getScene().getWindow() instanceof Stage stage) {
                stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
                stage.setFullScreenExitHint("");
                stage.setFullScreen(on);
            }
        }
        if (on) {
            shell.announce(Strings.get("present.on"));
        }
    }

    /** ←/→ in presenting mode: the previous or next narration stage of the current screen. */
    public boolean walkNarration(int delta) {
        ScreenView view = shell.currentView();
        if (!on || view == null || view.narrationStageCount() == 0) {
            return false;
        }
        int n = view.narrationStageCount();
        int next = Math.max(0, Math.min(n - 1, view.narrationStage() + delta));
        view.showNarrationStage(next); // the screen captions the stage itself
        return true;
    }
}
