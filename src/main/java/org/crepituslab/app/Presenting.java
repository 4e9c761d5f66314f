package org.crepituslab.app;

import javafx.css.PseudoClass;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.crepituslab.framework.Preferences;
import java.util.Optional;
import org.crepituslab.framework.Screen;
import org.crepituslab.framework.Strings;
import org.crepituslab.framework.Theme;
import org.crepituslab.framework.StoryRun;

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
    private StoryRun<?> story;

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
            endStory();
            prefs.themeProperty().set(savedTheme);
            prefs.setFontScale(savedScale);
        }
        shell.setNavigationVisible(!on);
        shell.presentingChanged(on);
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

    /**
     * ←/→ in presenting mode: the previous or next step of the current screen's story. The first
     * press opens the story on a fresh model and view, so the user's own simulation is untouched and
     * comes back, as it was, when presenting ends.
     */
    public boolean walkNarration(int delta) {
        if (!on) {
            return false;
        }
        if (story == null) {
            Optional<Screen<?>> screen = Screens.byId(shell.currentId());
            if (screen.isEmpty() || screen.get().story().isEmpty()) {
                return false;
            }
            story = screen.get().startStory();
            story.view().setPresenting(true);
            shell.showStory(story.view());
            story.show(0);
            return true;
        }
        story.show(story.index() + delta);
        return true;
    }

    /** The story being presented, or null. */
    public StoryRun<?> story() {
        return story;
    }

    /** Closes the story and brings back the user's own view of the screen, playing if it was. */
    void endStory() {
        if (story != null) {
            StoryRun<?> ending = story;
            story = null;
            shell.endStory(ending.view());
        }
    }
}
