package org.crepituslab.tendon.view;

import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.crepituslab.framework.Strings;
import org.crepituslab.tendon.model.HipMotion;
import org.crepituslab.tendon.model.TendonModel;
import org.crepituslab.testing.FxTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

class TendonViewTest extends FxTest {
    @TempDir
    Path dir;

    private TendonView view;
    private TendonModel model;

    @BeforeEach
    void openTendon(FxRobot robot) {
        robot.clickOn("#nav-tendon");
        view = (TendonView) shell.currentView();
        model = (TendonModel) view.model();
        // the default desk day does not make the typical hip snap (most people do not): these tests
        // watch snaps, so they start from a very tight tendon
        robot.interact(() -> model.tightnessProperty().set(1));
    }

    /**
     * Screen point of the thigh at a hip angle, 10 cm down the femur from the hip: close enough that
     * the robot's drags are short (it moves one pixel per step), far enough to set the angle well.
     */
    private Point2D thighAt(double deg) {
        HipCanvas hip = view.hipCanvas();
        double a = Math.toRadians(deg);
        var mvt = hip.transform();
        return hip.localToScreen(mvt.toViewX(0.1 * Math.sin(a)), mvt.toViewY(-0.1 * Math.cos(a)));
    }

    /** Pauses the clock and advances the model with the Step action until n snaps happened, on the FX thread. */
    private void stepUntilSnaps(FxRobot robot, int n) {
        robot.interact(() -> {
            view.clock().playingProperty().set(false);
            for (int guard = 0; model.snapCountProperty().get() < n && guard < 60 * 60; guard++) {
                view.clock().stepOnce();
            }
        });
        assertTrue(model.snapCountProperty().get() >= n, "snapped " + n + " times");
    }

    @Test
    void draggingTheThighSnapsTheTendonAndCaptionsIt(FxRobot robot) {
        robot.clickOn("#motion-hold");
        assertEquals(HipMotion.HOLD, model.motionProperty().get());
        robot.clickOn("#play-pause");
        // the cycle may already have snapped: start from a settled, extended hip and count from there
        robot.interact(() -> model.holdAt(Math.toRadians(-10)));
        advance(robot, 60);
        int base = model.snapCountProperty().get();
        String flexing = Strings.get("tendon.direction.flexing");
        String extending = Strings.get("tendon.direction.extending");

        robot.drag(thighAt(-10), MouseButton.PRIMARY).moveTo(thighAt(65)).release(MouseButton.PRIMARY);
        assertEquals(65, Math.toDegrees(model.targetAngleProperty().get()), 1.5, "the drag set the hip angle");
        advance(robot, 30);
        assertEquals(base + 1, model.snapCountProperty().get());
        String caption = view.captions().caption();
        assertTrue(caption.startsWith("Snap!") && caption.contains(flexing), caption);
        assertEquals(Strings.format("tendon.counter", base + 1), robot.lookup("#snap-counter").queryAs(Label.class).getText());

        robot.drag(thighAt(65), MouseButton.PRIMARY).moveTo(thighAt(-10)).release(MouseButton.PRIMARY);
        advance(robot, 30);
        assertEquals(base + 2, model.snapCountProperty().get());
        caption = view.captions().caption();
        assertTrue(caption.contains(extending), caption);
        assertEquals(Strings.format("tendon.counter", base + 2), robot.lookup("#snap-counter").queryAs(Label.class).getText());
        assertEquals(base + 2, view.loopCanvas().markerCount(), "every snap marked on the θ–x plot");
        assertTrue(view.traceSize() > 10, "the path was recorded");
    }

    /** What the Step button does, n times, in one go on the FX thread. */
    private void advance(FxRobot robot, int steps) {
        robot.interact(() -> {
            for (int i = 0; i < steps; i++) {
                view.clock().stepOnce();
            }
        });
    }

    @Test
    void theKeyboardMovesTheHip(FxRobot robot) {
        robot.clickOn("#motion-hold");
        robot.clickOn("#play-pause");
        double start = Math.toDegrees(model.targetAngleProperty().get());
        robot.interact(() -> view.hipCanvas().requestFocus());
        for (int i = 0; i < 5; i++) {
            robot.type(KeyCode.UP);
        }
        assertEquals(start + 10, Math.toDegrees(model.targetAngleProperty().get()), 1e-9);
        robot.type(KeyCode.PAGE_DOWN);
        assertEquals(start, Math.toDegrees(model.targetAngleProperty().get()), 1e-9);
        advance(robot, 20);
        assertEquals(start, Math.toDegrees(model.hipAngleProperty().get()), 1e-6, "the hip got there");
    }

    @Test
    void lessSittingBelowTheThresholdStopsTheSnapping(FxRobot robot) throws Exception {
        // paused, so no snap caption from the running cycle replaces the threshold captions
        robot.clickOn("#play-pause");
        // focused rather than clicked: a click in the middle of the track would already cross the threshold
        robot.interact(() -> robot.lookup("#sitting-slider").query().requestFocus());
        robot.type(KeyCode.HOME);
        assertEquals(0, model.tightnessProperty().get(), 1e-9);
        assertTrue(view.captions().caption().contains(Strings.format("tendon.caption.below", "0.00").substring(0, 20)),
                view.captions().caption());
        assertEquals(Strings.get("tendon.folds.none"), robot.lookup("#fold-angles").queryAs(Label.class).getText());
        int before = model.snapCountProperty().get();
        advance(robot, 60 * 8);
        assertEquals(before, model.snapCountProperty().get(), "a relaxed tendon does not snap");

        robot.type(KeyCode.END);
        assertEquals(1, model.tightnessProperty().get(), 1e-9);
        assertTrue(model.tightnessProperty().get() > model.readout("snapThreshold"));
        assertTrue(view.captions().caption().startsWith(Strings.format("tendon.caption.above", "1.00").substring(0, 20)),
                view.captions().caption());
    }

    @Test
    void motionChoicesDriveTheHipAndTheSliderHoldsIt(FxRobot robot) {
        robot.clickOn("#play-pause");
        assertFalse(view.clock().playingProperty().get(), "paused, so no snap caption overwrites the motion caption");
        // each row answers its own clicks: JFoenix ripples of the row below used to steal them
        robot.clickOn("#motion-hold");
        assertEquals(HipMotion.HOLD, model.motionProperty().get());
        robot.clickOn("#motion-flexion-extension");
        assertEquals(HipMotion.FLEXION_EXTENSION, model.motionProperty().get());
        robot.clickOn("#motion-walking");
        assertEquals(HipMotion.WALKING, model.motionProperty().get());
        assertEquals(Strings.get("tendon.caption.motion.walking"), view.captions().caption());
        robot.clickOn("#hip-angle-slider");
        robot.type(KeyCode.LEFT);
        assertEquals(HipMotion.HOLD, model.motionProperty().get(), "touching the slider takes the hip in hand");
    }

    @Test
    void exportWritesThePlotsDataAndLabelsToggle(FxRobot robot) throws Exception {
        stepUntilSnaps(robot, 1);
        List<Path> files = WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.exportCsv(dir.resolve("run.csv")));
        assertEquals(3, files.size(), view.captions().caption());
        assertEquals("t_s,hip_angle_deg,tendon_x_mm,potential_mj", Files.readAllLines(files.get(0)).get(0));
        assertTrue(Files.readAllLines(files.get(0)).size() > 10);
        List<String> landscape = Files.readAllLines(dir.resolve("run-landscape.csv"));
        assertEquals("tendon_x_mm,potential_mj,hip_angle_deg,tightness", landscape.get(0));
        assertEquals(LandscapeCanvas.SAMPLES + 2, landscape.size());
        List<String> snaps = Files.readAllLines(dir.resolve("run-snaps.csv"));
        assertEquals("t_s,event,direction,hip_angle_deg,energy_j", snaps.get(0));
        assertTrue(snaps.size() >= 2 && snaps.get(1).contains(",snap,"), String.join("\n", snaps));
        assertTrue(view.captions().caption().contains("run-snaps.csv"), view.captions().caption());

        // the panel is taller than the window: scroll down to the check box, as a student would
        robot.interact(() -> {
            for (Parent p = robot.lookup("#labels-check").query().getParent(); p != null; p = p.getParent()) {
                if (p instanceof ScrollPane pane) {
                    pane.setVvalue(pane.getVmax());
                    break;
                }
            }
        });
        settle();
        robot.clickOn("#labels-check");
        settle();
        assertFalse(robot.lookup("#labels-check").queryAs(com.jfoenix.controls.JFXCheckBox.class).isSelected());
    }

    @Test
    void exportToAMissingFolderIsReportedNotThrown(FxRobot robot) {
        robot.clickOn("#play-pause");
        List<Path> files = WaitForAsyncUtils.waitForAsyncFx(5000,
                () -> view.exportCsv(dir.resolve("nowhere").resolve("x.csv")));
        assertTrue(files.isEmpty());
        assertTrue(view.captions().caption().startsWith("Could not save"), view.captions().caption());
    }

    @Test
    void resetAllClearsTheCounterAndThePlot(FxRobot robot) throws Exception {
        stepUntilSnaps(robot, 1);
        assertEquals(1, view.loopCanvas().markerCount());
        robot.clickOn("#reset-all");
        settle();
        assertEquals(0, model.snapCountProperty().get());
        assertEquals(0, view.loopCanvas().markerCount());
        assertEquals(Strings.get("tendon.last.none"), robot.lookup("#last-snap").queryAs(Label.class).getText());
    }

    @Test
    void withReducedMotionTheSnapCueStaysStill(FxRobot robot) {
        robot.interact(() -> prefs.reducedMotionProperty().set(true));
        boolean[] seen = new boolean[2];
        robot.interact(() -> {
            view.clock().playingProperty().set(false);
            for (int guard = 0; model.snapCountProperty().get() < 1 && guard < 3600; guard++) {
                view.clock().stepOnce();
            }
            seen[0] = view.hipCanvas().cueVisible();
            seen[1] = view.hipCanvas().reducedMotionCue();
        });
        assertEquals(1, model.snapCountProperty().get());
        assertTrue(seen[0], "a snap still gets a visual cue");
        assertTrue(seen[1], "drawn as a steady marker");
        assertTrue(view.captions().caption().startsWith("Snap!"), "and a caption");
    }

    @Test
    void eachPlotSaysInWordsWhatItsLegendMeansAndPresentingGivesTheRoomToThePlot(FxRobot robot) {
        for (String id : List.of("#tendon-landscape-key", "#tendon-loop-key")) {
            Label note = robot.lookup(id).queryAs(Label.class);
            assertTrue(note.isVisible() && note.getText().length() > 20, "a line under the plot: " + id);
            assertTrue(note.getTooltip() != null && note.getTooltip().getText().split("\n").length >= 4,
                    "every legend item explained at length in its tooltip: " + id);
        }
        robot.interact(() -> {
            view.setPresenting(true);
            view.getScene().getRoot().layout();
        });
        assertFalse(robot.lookup("#tendon-loop-key").queryAs(Label.class).isVisible(), "presenting: the story says it");
        robot.interact(() -> {
            view.setPresenting(false);
            view.getScene().getRoot().layout();
        });
        assertTrue(robot.lookup("#tendon-loop-key").queryAs(Label.class).isVisible());
    }
}
