package org.crepituslab.grinding.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.jfoenix.controls.JFXSlider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import org.crepituslab.framework.Strings;
import org.crepituslab.framework.TimeSeries;
import org.crepituslab.framework.UserDirs;
import org.crepituslab.grinding.model.GrindingModel;
import org.crepituslab.testing.FxTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Drives the grinding screen like a user: sliders by mouse and keyboard, buttons, captions. */
class GrindingViewTest extends FxTest {
    private GrindingView view;
    private GrindingModel model;

    @BeforeEach
    void openGrinding(FxRobot robot) {
        robot.clickOn("#nav-grinding");
        view = (GrindingView) shell.currentView();
        model = view.grindingModel();
        robot.clickOn("#play-pause");
        assertFalse(view.clock().playingProperty().get(), "paused: the test advances time itself");
        // start from t = 0 with unstressed contacts and an empty raster
        robot.clickOn("#reset-all");
        assertEquals(0, model.time());
    }

    /** Advances simulated time through the screen's clock, frame by frame as the timer would. */
    /** Steps the paused simulation (paused, the spectrum is worked out at once, not in the background). */
    private void run(FxRobot robot, double seconds) {
        robot.interact(() -> {
            for (int i = 0; i < Math.round(seconds * 60); i++) {
                view.clock().stepOnce();
            }
        });
    }

    private static double meanSince(TimeSeries s, double since) {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < s.size(); i++) {
            if (s.time(i) > since) {
                sum += s.value(i);
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    private void dragTo(FxRobot robot, JFXSlider slider, boolean rightEnd) {
        Node thumb = slider.lookup(".thumb");
        Bounds b = slider.localToScreen(slider.getBoundsInLocal());
        robot.drag(thumb, MouseButton.PRIMARY)
                .moveTo(new Point2D(rightEnd ? b.getMaxX() + 5 : b.getMinX() - 5, b.getCenterY()))
                .drop();
    }

    private void scrollPanelTo(FxRobot robot, double v) {
        ScrollPane panel = robot.lookup("#grinding-panel").query();
        robot.interact(() -> panel.setVvalue(v));
    }

    @Test
    void movingTheWearSliderChangesTheFrictionGraphAndTheEvents(FxRobot robot) {
        JFXSlider wear = view.controls().wearSlider().slider();
        dragTo(robot, wear, false);
        assertEquals(0, model.wearProperty().get(), 1e-9);
        run(robot, 1.2);
        TimeSeries measured = view.frictionGraph().series().get(0);
        double healthyMu = meanSince(measured, model.time() - 1.1);
        assertTrue(healthyMu < 0.03, "healthy μ on the graph " + healthyMu);
        assertTrue(view.raster().shownSlips() <= 2, "healthy raster " + view.raster().shownSlips());
        assertTrue(view.spectrum().showsGrind(), "healthy: faint, but there is something to hear");

        dragTo(robot, wear, true);
        assertEquals(1, model.wearProperty().get(), 1e-9);
        assertTrue(view.captions().caption().contains(Strings.get("grinding.stage.advanced")),
                view.captions().caption());
        Label stage = robot.lookup("#grinding-stage").query();
        assertTrue(stage.getText().contains(Strings.get("grinding.stage.advanced")));
        run(robot, 1.2);
        double wornMu = meanSince(measured, model.time() - 1.1);
        assertTrue(wornMu > 0.2, "worn μ on the graph " + wornMu);
        assertTrue(view.raster().shownSlips() > 300, "worn raster " + view.raster().shownSlips());
        assertTrue(view.spectrum().showsGrind());
        assertTrue(view.spectrum().grindPeakHz() < 1000, "grinding peaks low: " + view.spectrum().grindPeakHz());
        Label slips = robot.lookup("#grinding-readout-slips").query();
        assertTrue(slips.getText().contains(String.format(Strings.locale(), "%,d", model.slipsProperty().get()))
                || slips.getText().contains(Long.toString(model.slipsProperty().get())), slips.getText());
    }

    @Test
    void keyboardMovesWearAndGrowsSpursThatCatch(FxRobot robot) {
        JFXSlider wear = view.controls().wearSlider().slider();
        robot.interact(wear::requestFocus);
        robot.type(KeyCode.END);
        assertEquals(1, model.wearProperty().get(), 1e-9);
        robot.type(KeyCode.LEFT);
        assertEquals(0.95, model.wearProperty().get(), 1e-9);
        robot.type(KeyCode.HOME);
        assertEquals(0, model.wearProperty().get(), 1e-9);

        JFXSlider spurs = view.controls().spursSlider().slider();
        robot.interact(spurs::requestFocus);
        robot.type(KeyCode.RIGHT, 2);
        assertEquals(2, model.spurCount());
        assertEquals(2, model.spursProperty().get());
        run(robot, 1.2);
        assertTrue(model.catchesProperty().get() >= 3, "catches: " + model.catchesProperty().get());
        assertEquals(model.catchesProperty().get(), view.raster().shownCatches());
        assertTrue(view.captions().caption().startsWith(Strings.get("grinding.caption.catch").substring(0, 12)),
                view.captions().caption());
        assertTrue(view.raster().shownSlips() <= 2,
                "healthy joint with spurs: catches but no grinding, " + view.raster().shownSlips());
    }

    @Test
    void labelsCanBeHidden(FxRobot robot) {
        assertTrue(view.joint().labelsShown());
        scrollPanelTo(robot, 0.5);
        robot.clickOn("#grinding-labels");
        assertFalse(view.joint().labelsShown());
        robot.clickOn("#grinding-labels");
        assertTrue(view.joint().labelsShown());
    }

    @Test
    void listeningIsCaptionedForTheJointAndForTheCleanPop(FxRobot robot) {
        robot.interact(() -> model.wearProperty().set(0));
        run(robot, 2.1);
        scrollPanelTo(robot, 1);
        robot.clickOn("#grinding-listen");
        assertEquals(Strings.get("grinding.caption.listen.silent"), view.captions().caption());
        robot.clickOn("#grinding-listen-pop");
        assertEquals(Strings.get("grinding.caption.pop"), view.captions().caption());

        robot.interact(() -> model.wearProperty().set(1));
        run(robot, 1.2);
        robot.clickOn("#grinding-listen");
        String grind = view.captions().caption();
        assertTrue(grind.startsWith(Strings.get("grinding.caption.listen.grind").substring(0, 20)), grind);
    }

    @Test
    void exportWritesBothCsvFilesWithTheContractHeaders(FxRobot robot) throws Exception {
        robot.interact(() -> model.wearProperty().set(1));
        run(robot, 1);
        scrollPanelTo(robot, 1);
        robot.clickOn("#grinding-export");
        assertTrue(view.captions().caption().startsWith(Strings.get("grinding.export.done").substring(0, 5)),
                view.captions().caption());
        Path dir = UserDirs.dataDir().resolve("exports");
        Path events;
        Path friction;
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> newest = files.sorted(Comparator.comparing(Path::toString).reversed()).toList();
            events = newest.stream().filter(p -> p.toString().endsWith("-events.csv")).findFirst().orElseThrow();
            friction = Path.of(events.toString().replace("-events.csv", ".csv"));
        }
        List<String> f = Files.readAllLines(friction);
        assertTrue(f.get(0).startsWith("t_s,friction_coefficient,"));
        assertEquals(model.history().size() + 1, f.size());
        List<String> e = Files.readAllLines(events);
        assertEquals("t_s,event,energy_j", e.get(0));
        assertEquals(model.slipsProperty().get() + model.catchesProperty().get() + 1, e.size());
        assertTrue(e.get(1).contains(",slip,"), e.get(1));
    }

    @Test
    void resetAllRestoresTheSettingsAndClearsTheGraph(FxRobot robot) {
        robot.interact(() -> model.wearProperty().set(0.9));
        run(robot, 0.5);
        assertTrue(view.frictionGraph().series().get(0).size() > 0);
        robot.clickOn("#reset-all");
        assertEquals(GrindingModel.DEFAULT_WEAR, model.wearProperty().get());
        assertEquals(0, model.time());
        assertEquals(0, view.frictionGraph().series().get(0).size());
        assertEquals(GrindingModel.DEFAULT_WEAR, view.controls().wearSlider().slider().getValue(), 1e-9);
    }

    @Test
    void showsTheNotMedicalAdviceNoticeWhereItSpeaksOfOsteoarthritis(FxRobot robot) {
        VBox notice = robot.lookup("#grinding-notice").query();
        assertTrue(notice.isVisible());
        assertTrue(notice.getChildren().stream().anyMatch(n -> n instanceof Label l
                && l.getText().equals(Strings.get("grinding.notice.title"))));
        assertTrue(Strings.get("grinding.notice.title").contains("not medical advice"));
    }
}
