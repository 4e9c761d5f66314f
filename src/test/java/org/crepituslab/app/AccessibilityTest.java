package org.crepituslab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.crepituslab.app.fuzz.Fuzzer;
import org.crepituslab.framework.Screen;
import org.crepituslab.framework.ScreenView;
import org.crepituslab.framework.Strings;
import org.crepituslab.testing.FxTest;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Keyboard-only use and accessible names on every screen, and no clipped text in a long language. */
class AccessibilityTest extends FxTest {
    private static final String CONTROLS = ".button, .check-box, .radio-button, .slider, .toggle-button, "
            + ".combo-box-base, .hyperlink, .list-view";

    @Test
    void everyControlHasAnAccessibleNameAndHelp(FxRobot robot) {
        for (Screen<?> s : Screens.all()) {
            open(robot, s.id());
            List<Control> all = controls(shell.currentView());
            assertTrue(!all.isEmpty(), s.id() + ": no controls found");
            for (Control c : all) {
                String name = c.getAccessibleText() != null ? c.getAccessibleText()
                        : c instanceof Labeled l ? l.getText() : null;
                assertTrue(name != null && !name.isBlank(), s.id() + ": no accessible name for " + describe(c));
                assertTrue(c.getAccessibleHelp() != null && !c.getAccessibleHelp().isBlank(),
                        s.id() + ": no accessible help for " + describe(c));
            }
        }
    }

    @Test
    void tabReachesEveryControlAndTheKeyboardOperatesThem(FxRobot robot) {
        for (Screen<?> s : Screens.all()) {
            open(robot, s.id());
            ScreenView view = shell.currentView();
            List<Control> controls = controls(view);
            Set<Node> reached = new LinkedHashSet<>();
            robot.interact(() -> controls.get(0).requestFocus());
            for (int i = 0; i < controls.size() * 2 + 10 && reached.size() < controls.size(); i++) {
                Node focus = stage.getScene().getFocusOwner();
                if (controls.contains(focus)) {
                    reached.add(focus);
                }
                robot.type(KeyCode.TAB);
            }
            List<String> unreached = new ArrayList<>();
            controls.stream().filter(c -> !reached.contains(c) && !groupReached(c, reached))
                    .forEach(c -> unreached.add(describe(c)));
            assertEquals(List.of(), unreached, s.id() + ": controls Tab never reaches");
            for (Control c : controls) {
                if (!c.isDisabled() && c.getScene() != null && !c.getStyleClass().contains(Fuzzer.SKIP_STYLE)) {
                    activate(robot, s.id(), c);
                }
            }
        }
    }

    /** Tab enters a radio group once, at its selected button; arrows move inside it (standard). */
    private static boolean groupReached(Control c, Set<Node> reached) {
        return c instanceof RadioButton rb && rb.getToggleGroup() != null
                && reached.stream().anyMatch(n -> n instanceof RadioButton other
                        && other.getToggleGroup() == rb.getToggleGroup());
    }

    private void activate(FxRobot robot, String screen, Control c) {
        robot.interact(c::requestFocus);
        if (c instanceof Slider slider) {
            double before = slider.getValue();
            robot.type(before >= slider.getMax() ? KeyCode.LEFT : KeyCode.RIGHT);
            assertTrue(slider.getValue() != before, screen + ": arrow keys do not move " + describe(c));
        } else if (c instanceof CheckBox || c instanceof ToggleButton && !(c instanceof RadioButton)) {
            boolean before = c instanceof CheckBox cb ? cb.isSelected() : ((ToggleButton) c).isSelected();
            boolean simulation = shell.currentView() != null && shell.currentView().model().isAnimated();
            KeyCode press = simulation ? KeyCode.ENTER : KeyCode.SPACE; // Space plays/pauses a simulation
            robot.type(press);
            boolean after = c instanceof CheckBox cb ? cb.isSelected() : ((ToggleButton) c).isSelected();
            assertTrue(before != after, screen + ": " + press + " does not toggle " + describe(c));
        } else if (c instanceof ButtonBase b && !(c instanceof RadioButton)) {
            int[] fired = {0};
            javafx.event.EventHandler<ActionEvent> count = e -> fired[0]++;
            b.addEventHandler(ActionEvent.ACTION, count);
            // on a simulation Space is always play/pause, so Enter presses the focused button
            boolean simulation = shell.currentView() != null && shell.currentView().model().isAnimated();
            KeyCode press = simulation ? KeyCode.ENTER : KeyCode.SPACE;
            robot.type(press);
            b.removeEventHandler(ActionEvent.ACTION, count);
            assertTrue(fired[0] > 0 || !b.isFocused(), screen + ": " + press + " does not press " + describe(c));
        }
    }

    @Test
    void noLabelIsClippedInEnglishOrTheLongPseudoLanguage(FxRobot robot) {
        noLabelIsClipped(robot, "en");
        noLabelIsClipped(robot, Strings.PSEUDO.toLanguageTag());
    }

    private void noLabelIsClipped(FxRobot robot, String language) {
        robot.interact(() -> prefs.languageProperty().set(language));
        try {
            for (String id : Screens.ids()) {
                open(robot, id);
                List<String> clipped = new ArrayList<>();
                for (Node n : Fuzzer.lookupAll(stage.getScene().getRoot(), ".label, .button, .check-box, .radio-button")) {
                    if (n instanceof Labeled l && visible(l) && l.getScene() != null && l.getText() != null
                            && !l.getText().isEmpty()) {
                        Node inner = l.lookup(".text");
                        if (inner instanceof Text t && !t.getText().equals(l.getText())
                                && t.getText().endsWith(l.getEllipsisString())) {
                            clipped.add(describe(l));
                        }
                    }
                }
                assertEquals(List.of(), clipped, id + ": labels clipped in language " + language);
            }
        } finally {
            robot.interact(() -> prefs.languageProperty().set(""));
        }
    }

    private void open(FxRobot robot, String id) {
        robot.interact(() -> {
            shell.show(id);
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
        });
        settle();
    }

    private List<Control> controls(ScreenView view) {
        List<Control> out = new ArrayList<>();
        if (view == null) {
            return out;
        }
        for (Node n : Fuzzer.lookupAll(view, CONTROLS)) {
            if (n instanceof Control c && c.isFocusTraversable() && !c.isDisabled() && visible(c) && !out.contains(c)) {
                out.add(c);
            }
        }
        return out;
    }

    private static boolean visible(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static String describe(Node n) {
        String text = n instanceof Labeled l ? " \"" + l.getText() + "\"" : "";
        return n.getClass().getSimpleName() + (n.getId() == null ? "" : "#" + n.getId()) + text;
    }
}
