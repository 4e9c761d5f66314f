package org.crepituslab.app;

import javafx.scene.control.ButtonBase;
import javafx.scene.control.Slider;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.crepituslab.framework.PenLayer;
import org.crepituslab.framework.ScreenView;

/**
 * Keyboard shortcuts of every screen (listed by the ? overlay): Space play/pause, → single step,
 * R Reset All, 1–9 screens, 0 home, F5 presenting (Esc leaves; ←/→ walk the narration), P pen,
 * L laser pointer, C clear, Ctrl+S export PNG (Ctrl+Shift+S at 2×), ? the list. Ignored while
 * typing; arrows are left to a focused slider, digits to screens that use them (the quiz).
 */
final class Shortcuts {
    private final AppShell shell;

    Shortcuts(AppShell shell) {
        this.shell = shell;
    }

    void install() {
        shell.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        shell.addEventFilter(KeyEvent.KEY_RELEASED, this::onRelease);
    }

    /**
     * On a simulation, Space belongs to play/pause: its release must not reach a focused button
     * either. Enter presses the focused button instead, so the keyboard can still press every button.
     */
    private void onRelease(KeyEvent e) {
        ScreenView view = shell.currentView();
        if (e.getCode() == KeyCode.SPACE && view != null && view.model().isAnimated()
                && !(e.getTarget() instanceof TextInputControl)) {
            e.consume();
        }
    }

    private void onKey(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl || e.isAltDown() || e.isMetaDown()) {
            return;
        }
        if (shell.isShowingShortcuts()) {
            shell.hideShortcuts();
            e.consume();
            return;
        }
        if (e.isShortcutDown()) {
            if (e.getCode() == KeyCode.S) {
                shell.exportPng(e.isShiftDown() ? 2 : 1);
                e.consume();
            }
            return;
        }
        ScreenView current = shell.currentView();
        if (e.getCode() == KeyCode.ENTER && e.getTarget() instanceof ButtonBase b && !b.isDisabled()
                && current != null && current.model().isAnimated()) {
            b.fire();
            e.consume();
            return;
        }
        if (handleGlobal(e)) {
            e.consume();
            return;
        }
        ScreenView view = shell.currentView();
        if (view != null && view.model().isAnimated() && handleSimulation(e, view)) {
            e.consume();
        }
    }

    private boolean handleGlobal(KeyEvent e) {
        KeyCode code = e.getCode();
        String text = e.getText();
        ScreenView view = shell.currentView();
        if ("?".equals(text) || code == KeyCode.F1) {
            shell.showShortcuts();
            return true;
        }
        switch (code) {
            case F5 -> {
                shell.presenting().toggle();
                return true;
            }
            case ESCAPE -> {
                if (shell.pen().modeProperty().get() != PenLayer.Mode.OFF) {
                    shell.pen().modeProperty().set(PenLayer.Mode.OFF);
                    return true;
                }
                if (shell.presenting().isOn()) {
                    shell.presenting().set(false);
                    return true;
                }
                return false;
            }
            case P -> {
                shell.togglePen(PenLayer.Mode.PEN);
                return true;
            }
            case L -> {
                shell.togglePen(PenLayer.Mode.POINTER);
                return true;
            }
            case C -> {
                shell.pen().clear();
                return true;
            }
            case LEFT, RIGHT -> {
                return !(e.getTarget() instanceof Slider)
                        && shell.presenting().walkNarration(code == KeyCode.RIGHT ? 1 : -1);
            }
            default -> {
            }
        }
        if (code.isDigitKey() && !text.isEmpty() && Character.isDigit(text.charAt(0))
                && (view == null || !view.usesDigitKeys())) {
            int n = text.charAt(0) - '0';
            if (n == 0) {
                shell.show("home");
            } else if (n <= Screens.all().size()) {
                shell.show(Screens.all().get(n - 1).id());
            }
            return true;
        }
        return false;
    }

    private static boolean handleSimulation(KeyEvent e, ScreenView view) {
        switch (e.getCode()) {
            case SPACE -> {
                // always play/pause, whatever was clicked last: a clicked button keeps the focus, and
                // Space must not press it again (Enter still does, see below)
                view.clock().playingProperty().set(!view.clock().playingProperty().get());
                return true;
            }
            case R -> {
                view.resetAll();
                return true;
            }
            case RIGHT -> {
                if (e.getTarget() instanceof Slider) {
                    return false;
                }
                view.clock().stepOnce();
                return true;
            }
            default -> {
                return false;
            }
        }
    }
}
