package org.crepituslab.walking.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import org.crepituslab.framework.ScreenView;
import org.crepituslab.testing.FxTest;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The new parts of the walking screen driven like a user: the step strip fills with the sounds, and "try the fix" works. */
class WalkingFixViewTest extends FxTest {
    private static void frames(FxRobot robot, ScreenView view, int n) {
        robot.interact(() -> {
            for (int i = 0; i < n; i++) {
                view.clock().stepOnce();
            }
        });
    }

    private static Slider slider(FxRobot robot, String id) {
        return robot.lookup("#" + id + " .slider").queryAs(Slider.class);
    }

    @Test
    void theStripShowsEachStridesSoundsAndTheFixMakesThemFallButTheClick(FxRobot robot) {
        robot.clickOn("#nav-walking");
        ScreenView view = shell.currentView();
        robot.interact(() -> view.clock().playingProperty().set(false));
        robot.interact(() -> {
            slider(robot, "walking-tightness").setValue(0.95);
            slider(robot, "walking-core").setValue(0.1);
        });
        robot.clickOn("L4-L5");
        frames(robot, view, 1500);
        StepStrip strip = robot.lookup("#walking-strip").queryAs(StepStrip.class);
        int shown = strip.shownEvents();
        assertTrue(shown >= 8 * 4, "the strip shows the snaps and clicks of its strides: " + shown);
        assertTrue(strip.getAccessibleText().contains(Integer.toString(shown)), strip.getAccessibleText());
        double snapsBefore = view.model().readout("snapsPer100");
        assertTrue(snapsBefore >= 390, "snaps per 100 strides " + snapsBefore);

        robot.interact(() -> slider(robot, "walking-fix-weeks").setValue(12));
        robot.clickOn("#walking-fix");
        frames(robot, view, 300);
        Label progress = robot.lookup("#walking-fix-progress").queryAs(Label.class);
        assertTrue(progress.getText().contains("12"), "progress in words: " + progress.getText());
        double tightMid = slider(robot, "walking-tightness").getValue();
        assertTrue(tightMid < 0.95 && tightMid > 0.1, "the tightness slider follows the programme: " + tightMid);
        frames(robot, view, 3000);
        assertEquals(12, view.model().readout("fixWeeks"), 1e-9, "the programme ran its weeks");
        assertTrue(slider(robot, "walking-core").getValue() > 0.8, "core " + slider(robot, "walking-core").getValue());
        assertEquals(0, view.model().readout("snapsPer100"), "no snaps once the flexors are supple");
        assertEquals(100, view.model().readout("clicksPer100"), 1e-9, "the structural click stays");
        assertTrue(progress.getText().contains("professional"), progress.getText());
        String counts = robot.lookup("#walking-counts").queryAs(Label.class).getText();
        assertTrue(counts.contains("snaps 0,"), counts);
    }
}
