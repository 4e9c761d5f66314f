package org.crepituslab.manipulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import org.crepituslab.framework.ScreenView;
import org.crepituslab.framework.Strings;
import org.crepituslab.testing.FxTest;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The manipulation screen driven like a user: a stiff segment, a self-twist, the replays, weeks of twisting. */
class ManipulationViewTest extends FxTest {
    @Test
    void aSelfTwistPopsTheLooseNeighboursAndWeeksOfItLoosenThem(FxRobot robot) {
        robot.clickOn("#nav-manipulation");
        ScreenView view = shell.currentView();
        robot.interact(() -> view.clock().playingProperty().set(false));
        clickInPanel(robot, radio(robot, Strings.get("manipulation.controls.restricted") + ": L4-L5"));
        clickInPanel(robot, radio(robot, Strings.get("manipulation.controls.technique") + ": "
                + Strings.get("manipulation.technique.self-twist")));
        assertEquals(4, view.model().readout("restrictedLevel"), "the choice sets the stiff segment");
        assertEquals(1, view.model().readout("technique"), "the choice sets the technique");
        clickInPanel(robot, "#manipulation-thrust");
        robot.interact(() -> {
            for (int i = 0; i < 30; i++) {
                view.clock().stepOnce();
            }
        });
        assertTrue(view.model().readout("popsLastThrust") >= 2, "a volley of pops");
        assertEquals(0, view.model().readout("restrictedPopped"), "the stiff segment stays silent");
        assertFalse(view.captions().caption().isEmpty(), "every pop is captioned");
        String counts = robot.lookup("#manipulation-counts").queryAs(Label.class).getText();
        assertTrue(counts.contains(Long.toString((long) view.model().readout("popsLastThrust"))), counts);
        clickInPanel(robot, "#manipulation-slow");
        assertTrue(view.captions().caption().contains("20"), view.captions().caption());
        robot.interact(() -> {
            for (int i = 0; i < 10; i++) {
                view.clock().stepOnce();
            }
        });
        clickInPanel(robot, "#manipulation-oblique");
        double before = view.model().readout("maxLaxity");
        clickInPanel(robot, "#manipulation-run-weeks");
        assertEquals(12, view.model().readout("weeks"), "the default schedule is twelve weeks");
        assertTrue(view.model().readout("maxLaxity") > before * 1.2, "the loose segments loosen");
        assertTrue(view.model().readout("instability") > 0.3);
        assertEquals(null, view.model().checkInvariants());
    }

    /** Scrolls the control panel as a user would until the control shows, then clicks it. */
    private static void clickInPanel(FxRobot robot, String query) {
        clickInPanel(robot, (Node) robot.lookup(query).query());
    }

    private static void clickInPanel(FxRobot robot, Node node) {
        reveal(robot, node);
        robot.clickOn(node);
    }

    private static RadioButton radio(FxRobot robot, String accessibleText) {
        return robot.lookup(n -> n instanceof RadioButton r && accessibleText.equals(r.getAccessibleText()))
                .queryAs(RadioButton.class);
    }
}
