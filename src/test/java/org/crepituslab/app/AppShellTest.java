package org.crepituslab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.crepituslab.framework.Screen;
import org.crepituslab.framework.Theme;
import org.crepituslab.framework.Themes;
import org.crepituslab.testing.FxTest;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

class AppShellTest extends FxTest {
    @Test
    void opensOnHomeWithACardPerScreen(FxRobot robot) {
        assertEquals("home", shell.currentId());
        for (Screen<?> s : Screens.all()) {
            assertNotNull(robot.lookup("#card-" + s.id()).tryQuery().orElse(null), s.id());
            assertNotNull(robot.lookup("#nav-" + s.id()).tryQuery().orElse(null), s.id());
        }
    }

    @Test
    void everyScreenOpensFromItsCard(FxRobot robot) {
        for (Screen<?> s : Screens.all()) {
            robot.clickOn("#nav-home");
            reveal(robot, "#card-" + s.id()); // the home page scrolls when its cards do not all fit
            robot.clickOn("#card-" + s.id());
            assertEquals(s.id(), shell.currentId());
            assertNotNull(shell.currentView());
        }
    }

    @Test
    void everyScreenOpensFromTheNavigationBar(FxRobot robot) {
        for (Screen<?> s : Screens.all()) {
            robot.clickOn("#nav-" + s.id());
            assertEquals(s.id(), shell.currentId());
            robot.clickOn("#nav-home");
            assertEquals("home", shell.currentId());
        }
    }

    @Test
    void animatedScreensDrawWhatTheyScrollDirectlyNotThroughACachedBitmap(FxRobot robot) {
        for (String id : java.util.List.of("facet", "tendon", "grinding")) {
            robot.clickOn("#nav-" + id);
            java.util.Set<Node> panes = shell.currentView().lookupAll(".scroll-pane");
            assertTrue(!panes.isEmpty(), id);
            for (Node n : panes) {
                assertTrue(n instanceof org.crepituslab.framework.LiveScrollPane live && !live.isViewportCached(),
                        id + ": " + n.getId() + " re-renders its whole viewport every frame");
            }
        }
    }

    @Test
    void cardsOpenWithTheKeyboard(FxRobot robot) {
        Node card = robot.lookup("#card-learn").query();
        robot.interact(card::requestFocus);
        robot.type(KeyCode.ENTER);
        assertEquals("learn", shell.currentId());
    }

    @Test
    void preferencesDialogSwitchesToTheProjectorPalette(FxRobot robot) {
        robot.clickOn("#nav-preferences");
        robot.clickOn(org.crepituslab.framework.Strings.get("prefs.theme.projector"));
        assertEquals(Theme.PROJECTOR, prefs.themeProperty().get());
        assertTrue(shell.getPseudoClassStates().contains(Themes.PROJECTOR));
        assertEquals(org.crepituslab.framework.Palette.PROJECTOR, Themes.palette());
        assertEquals(org.crepituslab.framework.Palette.PROJECTOR.background(), shell.getScene().getFill(),
                "the window background follows the palette");
        assertTrue(shell.getBackground() == null || shell.getBackground().isEmpty(),
                "the root paints no background of its own over the scene fill");
        robot.clickOn("#prefs-close");
        settle();
        assertTrue(robot.lookup("#preferences").tryQuery().isEmpty(), "dialog closed");
    }
}
