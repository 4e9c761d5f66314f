package org.crepituslab.testing;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.crepituslab.app.AppShell;
import org.crepituslab.app.CrepitusLabApp;
import org.crepituslab.framework.Preferences;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.junit.jupiter.api.BeforeEach;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Base for view tests: the whole app in a 1280×800 window (headless Monocle in the build), with
 * default preferences that are never saved, driven through the robot like a user.
 */
@ExtendWith(ApplicationExtension.class)
public abstract class FxTest {
    protected AppShell shell;
    protected Preferences prefs;
    protected Stage stage;

    /** JUnit runs inherited @BeforeEach methods (TestFX's @Start is only found on the test class itself). */
    @BeforeEach
    void setUpStage() throws Exception {
        // an exception that a previous class's background work left in TestFX's queue belongs to that
        // class, not to this one: start clean, so any exception during this test is this test's own
        WaitForAsyncUtils.clearExceptions();
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(this::start);
        settle();
    }

    protected void start(Stage stage) {
        this.stage = stage;
        prefs = new Preferences();
        prefs.soundOnProperty().set(false);
        Scene scene = CrepitusLabApp.createScene(prefs, 1280, 800);
        shell = (AppShell) scene.getRoot();
        stage.setScene(scene);
        stage.show();
    }

    /**
     * Starts the toolkit the TestFX way. Tests that call a rendering CLI command (snapshot, bench)
     * must call this first: if the command's own Platform.startup ran first, TestFX's later stages
     * would not receive robot clicks.
     */
    public static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    /** Looks a node up by CSS selector, failing with the selector's name if absent. */
    protected static <T extends Node> T find(FxRobot robot, String query) {
        return robot.lookup(query).query();
    }

    protected static void settle() {
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Scrolls the nearest scroll pane holding this node so the node is on screen, as a user would
     * before clicking it, and lays the scene out so the robot aims at where the node now is.
     */
    protected static void reveal(FxRobot robot, Node node) {
        robot.interact(() -> {
            Node p = node.getParent();
            while (p != null && !(p instanceof ScrollPane)) {
                p = p.getParent();
            }
            if (p instanceof ScrollPane scroll) {
                Node content = scroll.getContent();
                Bounds b = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
                double free = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
                if (free > 0) {
                    scroll.setVvalue(Math.max(0, Math.min(1, (b.getMinY() - 20) / free)));
                }
                scroll.getScene().getRoot().layout();
            }
        });
        settle();
    }

    /** The same, for the node a CSS selector finds. */
    protected static void reveal(FxRobot robot, String query) {
        reveal(robot, (Node) find(robot, query));
    }
}
