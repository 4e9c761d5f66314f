package org.crepituslab.app;

import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.crepituslab.framework.Strings;

/** The "?" overlay listing every keyboard shortcut; any key or click closes it. */
final class ShortcutsOverlay extends StackPane {
    /** Shortcut keys and the string key describing each, in display order. */
    static final String[][] SHORTCUTS = {
            {"Space", "shortcut.play"}, {"\u2192", "shortcut.step"}, {"R", "shortcut.reset"},
            {"1\u20139", "shortcut.screens"}, {"0", "shortcut.home"}, {"F5", "shortcut.present"},
            {"Esc", "shortcut.leave"}, {"\u2190 / \u2192", "shortcut.narration"}, {"P", "shortcut.pen"},
            {"L", "shortcut.laser"}, {"C", "shortcut.clear"}, {"Ctrl+S", "shortcut.export"},
            {"Ctrl+Shift+S", "shortcut.export2x"}, {"Tab", "shortcut.tab"}, {"?", "shortcut.help"}};

    ShortcutsOverlay(Runnable close) {
        setId("shortcuts-overlay");
        getStyleClass().add("overlay-scrim");
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(6);
        for (int i = 0; i < SHORTCUTS.length; i++) {
            Label key = new Label(SHORTCUTS[i][0]);
            key.getStyleClass().add("shortcut-key");
            Label what = new Label(Strings.get(SHORTCUTS[i][1]));
            what.setWrapText(true);
            grid.addRow(i, key, what);
        }
        Label title = new Label(Strings.get("shortcut.title"));
        title.getStyleClass().add("section-title");
        Label hint = new Label(Strings.get("shortcut.close"));
        hint.getStyleClass().add("muted");
        VBox panel = new VBox(10, title, grid, hint);
        panel.getStyleClass().add("panel");
        panel.setMaxSize(VBox.USE_PREF_SIZE, VBox.USE_PREF_SIZE);
        panel.setAccessibleRole(AccessibleRole.TEXT);
        panel.setAccessibleText(Strings.get("shortcut.title"));
        setAlignment(Pos.CENTER);
        getChildren().add(panel);
        setOnMouseClicked(e -> close.run());
    }
}
