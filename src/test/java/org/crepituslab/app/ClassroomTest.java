package org.crepituslab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.jfoenix.controls.JFXCheckBox;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javax.imageio.ImageIO;
import org.crepituslab.framework.PenLayer;
import org.crepituslab.framework.ScreenView;
import org.crepituslab.framework.Strings;
import org.crepituslab.framework.Theme;
import org.crepituslab.testing.FxTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

class ClassroomTest extends FxTest {
    @TempDir
    Path dir;

    @Test
    void f5PresentsAndEscRestoresTheUsersLook(FxRobot robot) {
        prefs.setFontScale(1.2);
        robot.clickOn("#nav-learn");
        robot.type(KeyCode.F5);
        assertTrue(shell.presenting().isOn());
        assertEquals(Theme.PROJECTOR, prefs.themeProperty().get());
        assertTrue(prefs.fontScaleProperty().get() >= 1.5);
        assertTrue(robot.lookup("#nav-bar").tryQuery().isEmpty(), "navigation hidden");
        assertTrue(stage.getScene().getRoot().getPseudoClassStates().contains(Presenting.PRESENTING));
        robot.type(KeyCode.ESCAPE);
        assertFalse(shell.presenting().isOn());
        assertEquals(Theme.DEFAULT, prefs.themeProperty().get());
        assertEquals(1.2, prefs.fontScaleProperty().get(), 1e-9);
        assertNotNull(robot.lookup("#nav-bar").query());
    }

    @Test
    void inPresentingModeTheArrowsWalkTheFacetStoryAsScenes(FxRobot robot) {
        robot.clickOn("#nav-facet");
        ScreenView own = shell.currentView();
        robot.interact(() -> own.clock().playingProperty().set(true));
        robot.type(KeyCode.F5);
        robot.type(KeyCode.RIGHT);
        ScreenView story = shell.currentView();
        assertTrue(story != own, "the story runs on its own model and view");
        assertEquals("rest", shell.presenting().story().current().id());
        robot.type(KeyCode.RIGHT).type(KeyCode.RIGHT).type(KeyCode.RIGHT);
        assertEquals("pop", shell.presenting().story().current().id());
        assertTrue(story.model().readout("pops") >= 1, "the story says pop: the joint has popped");
        assertTrue(story.model().readout("bubbleRadius_mm") > 0, "and its bubble is drawn");
        String caption = story.captions().caption();
        assertTrue(caption.contains(Strings.get("facet.stage.cavitation")), caption);
        robot.type(KeyCode.RIGHT);
        assertEquals("refractory", shell.presenting().story().current().id());
        assertEquals(0, story.model().readout("ready"));
        assertTrue(story.clock().playingProperty().get(), "the refractory period plays, its countdown running");
        robot.type(KeyCode.LEFT);
        assertEquals("pop", shell.presenting().story().current().id());
        robot.type(KeyCode.ESCAPE);
        assertFalse(shell.presenting().isOn());
        assertTrue(shell.currentView() == own, "leaving Present mode brings back the user's own view");
        assertEquals(0, own.model().readout("pops"), "whose model the story never touched");
        assertTrue(own.clock().playingProperty().get(), "playing, as it was");
    }

    @Test
    void aLanguageSwitchKeepsTheSimulationAndItsPlaying(FxRobot robot) {
        robot.clickOn("#nav-facet");
        ScreenView before = shell.currentView();
        robot.interact(() -> {
            before.clock().playingProperty().set(false);
            before.model().setParameter("timeAcceleration", 60);
            before.model().step(1.0);
        });
        double time = before.model().readout("time_s");
        robot.interact(() -> prefs.languageProperty().set("es"));
        ScreenView after = shell.currentView();
        assertTrue(after != before, "the view is rebuilt in the new language");
        assertTrue(after.model() == before.model(), "around the same model");
        assertEquals(time, after.model().readout("time_s"), 1e-12);
        assertEquals(60, after.model().readout("timeAcceleration"));
        assertFalse(after.clock().playingProperty().get(), "paused, as it was");
        robot.interact(() -> prefs.languageProperty().set(""));
    }

    @Test
    void spaceAlwaysPlaysAndPausesEvenAfterAClick(FxRobot robot) {
        robot.clickOn("#nav-facet");
        ScreenView view = shell.currentView();
        robot.interact(() -> view.clock().playingProperty().set(false));
        robot.clickOn("#facet-stretch");
        double pops = view.model().readout("pops");
        robot.type(KeyCode.SPACE);
        assertTrue(view.clock().playingProperty().get(), "Space played, though the Stretch button has the focus");
        robot.type(KeyCode.SPACE);
        assertFalse(view.clock().playingProperty().get(), "and paused again");
        assertEquals(pops, view.model().readout("pops"), "without pressing the focused button again");
    }

    @Test
    void questionMarkListsTheShortcutsAndAnyKeyCloses(FxRobot robot) {
        robot.clickOn("#nav-shortcuts");
        assertTrue(shell.isShowingShortcuts());
        robot.type(KeyCode.A);
        assertFalse(shell.isShowingShortcuts());
        robot.press(KeyCode.SHIFT).type(KeyCode.SLASH).release(KeyCode.SHIFT);
        assertTrue(shell.isShowingShortcuts(), "? opens the list");
        robot.type(KeyCode.ESCAPE);
        assertFalse(shell.isShowingShortcuts());
    }

    @Test
    void penDrawsOverTheScreenAndNeverBlocksControlsWhenOff(FxRobot robot) {
        robot.clickOn("#nav-learn");
        JFXCheckBox box = robot.lookup("#check-pain").query();
        assertTrue(robot.lookup("#pen-toolbar").tryQuery().isEmpty(), "the pen's toolbar is built on first use");
        robot.type(KeyCode.P);
        assertEquals(PenLayer.Mode.PEN, shell.pen().modeProperty().get());
        assertTrue(robot.lookup("#pen-toolbar").tryQuery().isPresent());
        assertFalse(shell.pen().isInkShown(), "an empty pen layer is not composited over every frame");
        robot.drag("#learn-article", MouseButton.PRIMARY).moveBy(120, 40).release(MouseButton.PRIMARY);
        assertTrue(shell.pen().strokeCount() > 0, "a stroke was drawn");
        assertTrue(shell.pen().isInkShown());
        robot.clickOn(box);
        assertFalse(box.isSelected(), "with the pen on, clicks draw instead of ticking");
        robot.type(KeyCode.C);
        assertEquals(0, shell.pen().strokeCount());
        assertFalse(shell.pen().isInkShown());
        robot.clickOn("#pen-done");
        assertEquals(PenLayer.Mode.OFF, shell.pen().modeProperty().get());
        robot.clickOn(box);
        assertTrue(box.isSelected(), "with the pen off, the control below works");
    }

    @Test
    void exportWritesThePngAtScreenResolutionOrTwice(FxRobot robot) throws Exception {
        robot.clickOn("#nav-learn");
        Path one = dir.resolve("one.png");
        Path two = dir.resolve("two.png");
        robot.interact(() -> assertTrue(shell.exportPng(one, 1)));
        robot.interact(() -> assertTrue(shell.exportPng(two, 2)));
        BufferedImage a = ImageIO.read(one.toFile());
        BufferedImage b = ImageIO.read(two.toFile());
        assertEquals((int) Math.round(stage.getScene().getWidth()), a.getWidth(), "exactly the window's pixels");
        assertEquals((int) Math.round(stage.getScene().getHeight()), a.getHeight());
        assertEquals(2 * a.getWidth(), b.getWidth());
        assertEquals(2 * a.getHeight(), b.getHeight());
        assertTrue(shell.currentView().captions().caption().contains("two.png"), "the caption says where it went");
    }

    @Test
    void ctrlSExportsToThePicturesFolder(FxRobot robot) throws Exception {
        String home = System.getProperty("user.home");
        System.setProperty("user.home", dir.toString());
        try {
            robot.clickOn("#nav-learn");
            robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
            // xdg-user-dir answers for the real HOME, not this test's: the folder is ~/Pictures, created
            Path pictures = dir.resolve("Pictures");
            try (Stream<Path> files = Files.list(pictures)) {
                assertEquals(1, files.filter(f -> f.getFileName().toString().startsWith("crepitus-lab-learn-")).count());
            }
            assertTrue(shell.currentView().captions().caption().contains(pictures.toString()), "the notice names the file");
        } finally {
            System.setProperty("user.home", home);
        }
    }
}
