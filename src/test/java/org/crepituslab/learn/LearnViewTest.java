package org.crepituslab.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.crepituslab.framework.Strings;
import org.crepituslab.learn.model.Concern;
import org.crepituslab.learn.model.Observation;
import org.crepituslab.testing.FxTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

class LearnViewTest extends FxTest {
    @BeforeEach
    void openLearn(FxRobot robot) {
        robot.clickOn("#nav-learn");
    }

    @Test
    void showsTheNotMedicalAdviceNotice(FxRobot robot) {
        assertTrue(robot.lookup(Strings.get("learn.disclaimer.title")).tryQuery().isPresent());
    }

    @Test
    void eachTickedItemIsExplainedAtItsLevel(FxRobot robot) {
        for (Observation o : Observation.values()) {
            robot.clickOn("#check-" + o.id());
            String level = o.concern().name().toLowerCase(java.util.Locale.ROOT);
            VBox group = robot.lookup("#verdict-" + level).query();
            String why = Strings.get("learn.check." + o.id() + ".why");
            assertTrue(group.getChildren().stream().anyMatch(n -> n instanceof Label l && l.getText().equals(why)),
                    o + " explained under " + level);
            Label summary = robot.lookup("#verdict-summary").query();
            assertEquals(Strings.get("learn.check.overall." + level), summary.getText());
            robot.clickOn("#check-" + o.id());
        }
    }

    @Test
    void emergencyItemGivesTheEmergencyMessageAboveEverythingElse(FxRobot robot) {
        robot.clickOn("#check-painless");
        robot.clickOn("#check-pain");
        robot.clickOn("#check-bowel");
        Label summary = robot.lookup("#verdict-summary").query();
        assertEquals(Strings.get("learn.check.overall.emergency"), summary.getText());
        VBox verdict = robot.lookup("#learn-verdict").query();
        assertEquals("verdict-emergency", verdict.getChildren().get(1).getId(), "emergency listed first");
        assertEquals(Strings.get("learn.check.overall.emergency"), shell.currentView().captions().caption());
        assertTrue(robot.lookup("#verdict-benign").tryQuery().isEmpty(), "no 'usually harmless' beside a warning");
        assertTrue(robot.lookup("#verdict-held-back").tryQuery().isPresent(), "says why the harmless item is not explained");
    }

    @Test
    void aWarningSignHidesTheReassurance(FxRobot robot) {
        robot.clickOn("#check-painless");
        assertTrue(robot.lookup("#verdict-benign").tryQuery().isPresent(), "alone, a painless pop is explained as harmless");
        robot.clickOn("#check-nerve");
        assertTrue(robot.lookup("#verdict-benign").tryQuery().isEmpty(), "never 'usually harmless' beside a warning");
        VBox warning = robot.lookup("#verdict-warning").query();
        assertTrue(warning.getChildren().stream().anyMatch(n -> n instanceof Label l && l.getText().contains("promptly")),
                "nerve symptoms: see a professional promptly");
    }

    @Test
    void clearAllUnticksEverything(FxRobot robot) {
        robot.clickOn("#check-pain");
        robot.clickOn(Strings.get("learn.check.clear"));
        assertTrue(((org.crepituslab.learn.model.LearnModel) shell.currentView().model())
                .assessmentProperty().get().isEmpty());
        assertTrue(robot.lookup("#verdict-summary").tryQuery().isEmpty());
        assertEquals(Concern.values().length, 3);
    }
}
