package org.crepituslab.app;

import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.crepituslab.framework.ScreenView;

/**
 * Keyboard shortcuts of every screen: Space play/pause, → single step (unless a slider has focus,
 * which uses the arrows itself), R Reset All, 1–9 open the n-th screen, 0 home. Ignored while
 * typing in a text field, and digits are left to screens that use them (the quiz).
 */
final class Shortcuts {
    private final AppShell shell;

    Shortcuts(AppShell shell) {
        this.shell = shell;
    }

    void install() {
        shell.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
    }

    private void onKey(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl || e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
            return;
        }
        ScreenView view = shell.currentView();
        KeyCode code = e.getCode();
        if (code.isDigitKey() && !e.getText().isEmpty() && Character.isDigit(e.getText().charAt(0))
                && (view == null || !view.usesDigitKeys())) {
            int n = e.getText().charAt(0) - '0';
            if (n == 0) {
                shell.show("home");
            } else if (n <= Screens.all().size()) {
                shell.show(Screens.all().get(n - 1).id());
            }
            e.consume();
            return;
        }
        if (view == null || !view.model().isAnimated()) {
            return;
        }
        switch (code) {
            case SPACE -> {
                if (!(e.getTarget() instanceof javafx.scene.control.ButtonBase)) {
                    view.clock().playingProperty().set(!view.clock().playingProperty().get());
                    e.consume();
                }
            }
            case R -> {
                view.resetAll();
                e.consume();
            }
            case RIGHT -> {
                if (!(e.getTarget() instanceof javafx.scene.control.Slider)) {
                    view.clock().stepOnce();
                    e.consume();
                }
            }
            default -> {
            }
        }
    }
}
