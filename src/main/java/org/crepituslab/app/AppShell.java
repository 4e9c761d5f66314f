package org.crepituslab.app;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import org.crepituslab.framework.SimModel;
import org.crepituslab.framework.UserDirs;
import java.nio.file.Path;
import java.io.IOException;
import com.jfoenix.controls.JFXButton;
import com.jfoenix.controls.JFXDialog;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.crepituslab.framework.ControlPanel;
import org.crepituslab.framework.Navigator;
import org.crepituslab.framework.PenLayer;
import org.crepituslab.framework.Preferences;
import org.crepituslab.framework.Screen;
import org.crepituslab.framework.ScreenView;
import org.crepituslab.framework.Strings;
import org.crepituslab.framework.audio.AudioOut;

/**
 * The window's content: a navigation bar (home, one button per screen, preferences) above the
 * current screen. Screens are created when first opened and kept, so a simulation keeps its
 * state while the user looks elsewhere; only the visible one runs its clock.
 */
public final class AppShell extends StackPane {
    /** Style class of controls the fuzzer must never click (they open a native file dialog). */
    public static final String SKIP_FROM_FUZZ = "fuzz-skip";
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected-screen");

    private final Preferences prefs;
    private ScreenView storyView;
    private final BorderPane frame = new BorderPane();
    private final StackPane content = new StackPane();
    private final PenLayer pen = new PenLayer();
    private final Presenting presenting;
    private ShortcutsOverlay shortcutsOverlay;
    private FlowPane navBar;
    private PenToolbar penTools;
    private final Map<String, ScreenView> views = new LinkedHashMap<>();
    private final Map<String, JFXButton> navButtons = new LinkedHashMap<>();
    private String currentId = "home";
    private String startupNotice;
    private final Navigator navigator = new Navigator() {
        @Override
        public ScreenView open(String screenId) {
            show(screenId);
            return currentView();
        }

        @Override
        public void returnTo(String screenId) {
            show(screenId);
        }
    };

    public AppShell(Preferences prefs) {
        this.prefs = prefs;
        setId("app-shell");
        getChildren().add(frame);
        frame.setCenter(content);
        // the window, not the content, decides the width: screens adapt instead of being cut off
        frame.setMinSize(0, 0);
        content.setMinSize(0, 0);
        presenting = new Presenting(this, prefs);
        AudioOut.shared().setEnabled(() -> prefs.soundOnProperty().get());
        AudioOut.shared().setNoDeviceListener(msg -> Platform.runLater(() ->
                views.values().forEach(v -> v.captions().setNotice(msg))));
        prefs.languageProperty().addListener((o, a, b) -> rebuild());
        pen.modeProperty().addListener((o, a, b) -> showPenToolsIfNeeded());
        rebuild();
        new Shortcuts(this).install();
    }

    /**
     * The pen's toolbar is built the first time the pen is used (and again after a language
     * change): hidden, it still cost its skins and a CSS pass in every start-up's first frame.
     */
    private void showPenToolsIfNeeded() {
        if (penTools != null || pen.modeProperty().get() == PenLayer.Mode.OFF) {
            return;
        }
        penTools = new PenToolbar(pen);
        StackPane.setAlignment(penTools, Pos.TOP_RIGHT);
        StackPane.setMargin(penTools, new Insets(48, 12, 0, 0));
        getChildren().add(1, penTools);
    }

    /** A message to show once in the caption line of the first screen (e.g. corrupt preferences). */
    public void setStartupNotice(String notice) {
        this.startupNotice = notice;
        views.values().forEach(v -> v.captions().setNotice(notice));
    }

    private void rebuild() {
        if (presenting != null) {
            presenting.endStory();
        }
        Strings.setLocale(LocaleChoice.resolve(prefs.languageProperty().get()));
        // new words, same simulations: each view is rebuilt around the model it had, so a running
        // simulation and a quiz in progress carry on in the new language
        Map<String, SimModel> models = new LinkedHashMap<>();
        Map<String, Boolean> playing = new LinkedHashMap<>();
        views.forEach((id, v) -> {
            models.put(id, v.model());
            playing.put(id, v.clock().playingProperty().get());
            v.dispose();
        });
        views.clear();
        models.forEach((id, model) -> Screens.byId(id).ifPresent(screen -> {
            ScreenView v = screen.recreateView(model);
            v.setNavigator(navigator);
            v.captions().setNotice(noticeForNewViews());
            v.clock().playingProperty().set(playing.get(id));
            views.put(id, v);
        }));
        navBar = navBar();
        getChildren().remove(penTools);
        penTools = null;
        showPenToolsIfNeeded();
        frame.setTop(presenting == null || !presenting.isOn() ? navBar : null);
        if (shortcutsOverlay != null) {
            hideShortcuts();
        }
        show(currentId);
    }

    /**
     * The navigation bar: title, home and screens, then the tools. One flow pane, so that at large
     * text sizes (or in a long language) it wraps onto a second row instead of clipping.
     */
    private FlowPane navBar() {
        Label title = new Label(Strings.get("app.title"));
        title.getStyleClass().add("app-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        navButtons.clear();
        FlowPane bar = new FlowPane(title, navButton("home", Strings.get("nav.home"), Strings.get("nav.home.help")));
        for (Screen<?> s : Screens.all()) {
            bar.getChildren().add(navButton(s.id(), s.shortTitle(), Strings.format("nav.open", s.title())));
        }
        Region gap = new Region();
        gap.setMinWidth(24);
        JFXButton prefsButton = toolButton("nav-preferences", "nav.preferences", this::openPreferences);
        JFXButton present = toolButton("nav-present", "nav.present", () -> presenting.toggle());
        JFXButton penButton = toolButton("nav-pen", "nav.pen", () -> togglePen(PenLayer.Mode.PEN));
        JFXButton export = toolButton("nav-export", "nav.export", () -> exportPng(1));
        export.getStyleClass().add(SKIP_FROM_FUZZ);
        JFXButton keys = toolButton("nav-shortcuts", "nav.shortcuts", this::showShortcuts);
        bar.getChildren().addAll(gap, present, penButton, export, keys, prefsButton);
        bar.setHgap(4);
        bar.setVgap(2);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("nav-bar");
        bar.setId("nav-bar");
        return bar;
    }

    private JFXButton toolButton(String id, String key, Runnable action) {
        JFXButton b = ControlPanel.button(Strings.get(key), Strings.get(key + ".help"), action);
        b.getStyleClass().add("nav-button");
        b.setId(id);
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    private JFXButton navButton(String id, String text, String help) {
        JFXButton b = ControlPanel.button(text, help, () -> show(id));
        b.getStyleClass().add("nav-button");
        b.setId("nav-" + id);
        b.setMinWidth(Region.USE_PREF_SIZE);
        navButtons.put(id, b);
        return b;
    }

    /** Presenting turned on or off: the visible view rearranges itself (and every view shown later follows). */
    void presentingChanged(boolean on) {
        ScreenView v = currentView();
        if (v != null) {
            v.setPresenting(on);
        }
    }

    /** Shows a presented story's own view in place of the user's view of the current screen. */
    void showStory(ScreenView storyView) {
        ScreenView own = views.get(currentId);
        if (own != null) {
            own.onHidden();
        }
        storyView.setNavigator(navigator);
        storyView.captions().setNotice(noticeForNewViews());
        this.storyView = storyView;
        content.getChildren().setAll(storyView, pen);
        storyView.onShown();
    }

    /** Ends a presented story: its view goes, the user's own view comes back as it was. */
    void endStory(ScreenView ending) {
        ending.dispose();
        storyView = null;
        show(currentId);
    }

    private String noticeForNewViews() {
        return AudioOut.shared().isDeviceMissing() ? Strings.get("sound.noDevice") : startupNotice;
    }

    /** Shows "home" or a screen by id; unknown ids show home. */
    public void show(String id) {
        if (storyView != null && presenting != null) {
            presenting.endStory(); // comes back here with the story closed
            if (id.equals(currentId)) {
                return;
            }
        }
        ScreenView previous = views.get(currentId);
        if (previous != null) {
            previous.onHidden();
        }
        Node shown;
        var screen = Screens.byId(id);
        if (screen.isPresent()) {
            ScreenView view = views.computeIfAbsent(id, k -> {
                ScreenView v = screen.get().createModelAndView();
                v.setNavigator(navigator);
                v.captions().setNotice(noticeForNewViews());
                return v;
            });
            view.setPresenting(presenting != null && presenting.isOn());
            view.onShown();
            shown = view;
            currentId = id;
        } else {
            shown = new HomeView(s -> show(s.id()));
            currentId = "home";
        }
        content.getChildren().setAll(shown, pen);
        navButtons.forEach((k, b) -> b.pseudoClassStateChanged(SELECTED, k.equals(currentId)));
    }

    public String currentId() {
        return currentId;
    }

    /** The visible screen's view (a presented story's, while one is shown), or null on the home screen. */
    public ScreenView currentView() {
        return storyView != null ? storyView : views.get(currentId);
    }

    public PenLayer pen() {
        return pen;
    }

    public Presenting presenting() {
        return presenting;
    }

    /** The caption line of the visible screen, or null on home. */
    void announce(String text) {
        ScreenView v = currentView();
        if (v != null) {
            v.captions().show(text);
        }
    }

    /** Shows or hides the navigation bar (hidden in presenting mode). */
    void setNavigationVisible(boolean visible) {
        frame.setTop(visible ? navBar : null);
    }

    void togglePen(PenLayer.Mode mode) {
        pen.modeProperty().set(pen.modeProperty().get() == mode ? PenLayer.Mode.OFF : mode);
    }

    /** Saves the current view as PNG in the default place; returns the file, or null on failure. */
    public Path exportPng(double scale) {
        Path file;
        try {
            file = PngExport.defaultFile(currentId);
        } catch (IOException e) {
            announce(Strings.format("export.failed", UserDirs.APP_DIR, e.getMessage()));
            return null;
        }
        return exportPng(file, scale) ? file : null;
    }

    public boolean exportPng(Path file, double scale) {
        try {
            int[] size = PngExport.export(this, file, scale);
            announce(Strings.format("export.saved", file, size[0], size[1]));
            return true;
        } catch (IOException | RuntimeException e) {
            announce(Strings.format("export.failed", file, e.getMessage()));
            return false;
        }
    }

    public boolean isShowingShortcuts() {
        return shortcutsOverlay != null;
    }

    public void showShortcuts() {
        if (shortcutsOverlay == null) {
            shortcutsOverlay = new ShortcutsOverlay(this::hideShortcuts);
            getChildren().add(shortcutsOverlay);
            shortcutsOverlay.requestFocus();
        }
    }

    public void hideShortcuts() {
        getChildren().remove(shortcutsOverlay);
        shortcutsOverlay = null;
    }

    public Preferences preferences() {
        return prefs;
    }

    public void openPreferences() {
        JFXDialog dialog = new JFXDialog(this, new PreferencesPane(prefs), JFXDialog.DialogTransition.NONE);
        dialog.setId("preferences-dialog");
        PreferencesPane pane = (PreferencesPane) dialog.getContent();
        pane.setOnClose(dialog::close);
        dialog.show();
        pane.focusFirst();
    }
}
