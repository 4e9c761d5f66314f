package org.crepituslab.walking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import org.crepituslab.framework.ScreenView;
import org.crepituslab.testing.FxTest;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The walking screen driven like a user: set the causes, walk, and read the counts and captions. */
class WalkingViewTest extends FxTest {
    @Test
    void tightHipFlexorsSnapAndAStructuralProblemClicksEveryStride(FxRobot robot) {
        robot.clickOn("#nav-walking");
        ScreenView view = shell.currentView();
        robot.interact(() -> view.clock().playingProperty().set(false));
        Slider tight = robot.lookup("#walking-tightness .slider").queryAs(Slider.class);
        robot.interact(() -> tight.setValue(0.9));
        robot.clickOn("L4-L5");
        assertEquals(0.9, view.model().readout("hipFlexorTightness"), 1e-9, "the slider sets the model");
        assertEquals(4, view.model().readout("structuralLevel"), "the choice sets the structural level");
        robot.interact(() -> {
            for (int i = 0; i < 600; i++) {
                view.clock().stepOnce();
            }
        });
        assertTrue(view.model().readout("snaps") >= 1, "tight hip flexors snap");
        assertTrue(view.model().readout("clicks") >= 1, "the structural problem clicks");
        String counts = robot.lookup("#walking-counts").queryAs(Label.class).getText();
        assertTrue(counts.contains("clicks"), counts);
        assertTrue(!view.captions().caption().isEmpty(), "every sound is captioned");
    }
}
