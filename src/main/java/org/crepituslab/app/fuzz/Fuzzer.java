package org.crepituslab.app.fuzz;

import java.util.LinkedHashSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.robot.Robot;
import javafx.stage.Stage;
import org.crepituslab.app.AppShell;
import org.crepituslab.app.CrepitusLabApp;
import org.crepituslab.app.Screens;
import org.crepituslab.app.Headless;
import org.crepituslab.framework.Preferences;
import org.crepituslab.framework.ScreenView;

/**
 * Seeded random input across every screen: clicks and drags on controls and drawings, key
 * presses (shortcuts, arrows, Tab, digits), slider moves and navigation, several per frame. Fails
 * on any uncaught exception, on any thread, or on any broken model invariant, and says the seed.
 * Controls styled {@code fuzz-skip} (those that open a native file dialog) are never clicked.
 */
public final class Fuzzer {
    public static final String SKIP_STYLE = AppShell.SKIP_FROM_FUZZ;
    private static final KeyCode[] KEYS = {
            KeyCode.SPACE, KeyCode.RIGHT, KeyCode.LEFT, KeyCode.UP, KeyCode.DOWN, KeyCode.TAB, KeyCode.ENTER,
            KeyCode.R, KeyCode.P, KeyCode.L, KeyCode.C, KeyCode.F5, KeyCode.ESCAPE, KeyCode.HOME, KeyCode.END,
            KeyCode.PAGE_UP, KeyCode.PAGE_DOWN, KeyCode.DIGIT0, KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3,
            KeyCode.DIGIT4, KeyCode.DIGIT5, KeyCode.DIGIT6, KeyCode.A, KeyCode.SLASH};

    public record Report(long seed, long frames, long actions, String failure) {
        public boolean passed() {
            return failure == null;
        }
    }

    private final long seed;
    private final Random random;
    private final int actionsPerFrame;
    private Robot robot;
    private Stage stage;
    private AppShell shell;
    private long frames;
    private long actions;
    private volatile String failure;

    public Fuzzer(long seed, int actionsPerFrame) {
        this.seed = seed;
        this.random = new Random(seed);
        this.actionsPerFrame = actionsPerFrame;
    }

    /** Runs for the given seconds (toolkit must be started) and reports; never throws for a finding. */
    public Report run(double seconds) throws Exception {
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> fail("uncaught on " + t.getName() + ": " + describe(e)));
        CompletableFuture<Void> done = new CompletableFuture<>();
        AnimationTimer[] timer = new AnimationTimer[1];
        long end = System.nanoTime() + (long) (seconds * 1e9);
        Headless.onFx(() -> {
            Thread.currentThread().setUncaughtExceptionHandler((t, e) ->
                    fail("uncaught on the FX thread: " + describe(e)));
            setUp();
            timer[0] = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    try {
                        frame();
                    } catch (RuntimeException | Error e) {
                        fail("exception during input: " + describe(e));
                    }
                    if (failure != null || System.nanoTime() > end) {
                        stop();
                        done.complete(null);
                    }
                }
            };
            timer[0].start();
            return null;
        });
        try {
            done.get((long) seconds + 120, TimeUnit.SECONDS);
        } finally {
            Headless.onFx(() -> {
                timer[0].stop();
                releaseAll();
                ScreenView v = shell.currentView();
                if (v != null) {
                    v.dispose();
                }
                stage.hide();
                return null;
            });
            Thread.setDefaultUncaughtExceptionHandler(previous);
        }
        return new Report(seed, frames, actions, failure);
    }

    private void setUp() {
        Preferences prefs = new Preferences();
        prefs.soundOnProperty().set(false);
        Scene scene = CrepitusLabApp.createScene(prefs, 1280, 800);
        shell = (AppShell) scene.getRoot();
        stage = new Stage();
        stage.setScene(scene);
        stage.setX(0);
        stage.setY(0);
        stage.show();
        robot = new Robot();
    }

    private void fail(String why) {
        if (failure == null) {
            failure = why + " (seed " + seed + ", frame " + frames + ")";
        }
    }

    /** The exception and the first few of the app's own frames, enough to find the caller. */
    private static String describe(Throwable e) {
        StringBuilder sb = new StringBuilder(e.toString());
        int shown = 0;
        for (StackTraceElement f : e.getStackTrace()) {
            if (f.getClassName().startsWith("org.crepituslab") && shown++ < 6) {
                sb.append(" at ").append(f);
            }
        }
        return sb.toString();
    }

    private void frame() {
        frames++;
        checkInvariants();
        for (int i = 0; i < actionsPerFrame && failure == null; i++) {
            act();
            actions++;
        }
    }

    private void checkInvariants() {
        ScreenView v = shell.currentView();
        if (v != null) {
            String broken = v.model().checkInvariants();
            if (broken != null) {
                fail("invariant broken on screen " + shell.currentId() + ": " + broken);
            }
        }
    }

    private void act() {
        int kind = random.nextInt(100);
        if (kind < 40) {
            clickControl();
        } else if (kind < 60) {
            dragSomething();
        } else if (kind < 85) {
            key();
        } else if (kind < 92) {
            navigate();
        } else {
            clickAnywhere();
        }
    }

    private void clickControl() {
        Node n = pick(".button, .check-box, .radio-button, .toggle-button, .hyperlink, .card, .combo-box-base, .list-cell");
        if (n != null) {
            click(centre(n));
        }
    }

    private void dragSomething() {
        Node n = pick(".slider, .canvas, Canvas, .screen-view");
        if (n == null) {
            return;
        }
        Bounds b = n.localToScreen(n.getBoundsInLocal());
        Point2D from = new Point2D(b.getMinX() + random.nextDouble() * b.getWidth(), b.getMinY() + random.nextDouble() * b.getHeight());
        Point2D to = new Point2D(from.getX() + random.nextGaussian() * 80, from.getY() + random.nextGaussian() * 80);
        robot.mouseMove(from);
        robot.mousePress(MouseButton.PRIMARY);
        int steps = 1 + random.nextInt(4);
        for (int i = 1; i <= steps; i++) {
            robot.mouseMove(from.add(to.subtract(from).multiply(i / (double) steps)));
        }
        robot.mouseRelease(MouseButton.PRIMARY);
    }

    private void key() {
        KeyCode k = KEYS[random.nextInt(KEYS.length)];
        boolean shift = random.nextInt(10) == 0;
        if (shift) {
            robot.keyPress(KeyCode.SHIFT);
        }
        robot.keyPress(k);
        robot.keyRelease(k);
        if (shift) {
            robot.keyRelease(KeyCode.SHIFT);
        }
    }

    private void navigate() {
        List<String> ids = Screens.ids();
        shell.show(ids.get(random.nextInt(ids.size())));
    }

    private void clickAnywhere() {
        Bounds b = shell.localToScreen(shell.getBoundsInLocal());
        click(new Point2D(b.getMinX() + random.nextDouble() * b.getWidth(), b.getMinY() + random.nextDouble() * b.getHeight()));
    }

    private void click(Point2D p) {
        robot.mouseMove(p);
        robot.mouseClick(MouseButton.PRIMARY);
    }

    private void releaseAll() {
        robot.mouseRelease(MouseButton.PRIMARY);
        robot.keyRelease(KeyCode.SHIFT);
    }

    private Node pick(String selector) {
        List<Node> candidates = new ArrayList<>();
        for (Node n : lookupAll(stage.getScene().getRoot(), selector)) {
            if (usable(n)) {
                candidates.add(n);
            }
        }
        return candidates.isEmpty() ? null : candidates.get(random.nextInt(candidates.size()));
    }

    /**
     * Node.lookupAll takes one selector, not a comma-separated group: this splits the group and
     * keeps scene-graph order without duplicates.
     */
    public static List<Node> lookupAll(Node root, String selectorGroup) {
        LinkedHashSet<Node> found = new LinkedHashSet<>();
        for (String selector : selectorGroup.split(",")) {
            found.addAll(root.lookupAll(selector.trim()));
        }
        return new ArrayList<>(found);
    }

    /** Visible, enabled, on screen, and not a control that opens a native dialog. */
    private static boolean usable(Node n) {
        if (n.getScene() == null || n.isDisabled() || n.getStyleClass().contains(SKIP_STYLE)) {
            return false;
        }
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible() || p.getStyleClass().contains(SKIP_STYLE)) {
                return false;
            }
        }
        Bounds b = n.localToScreen(n.getBoundsInLocal());
        return b != null && b.getWidth() > 2 && b.getHeight() > 2 && b.getMinX() >= 0 && b.getMinY() >= 0
                && b.getMaxX() <= 1280 && b.getMaxY() <= 800;
    }

    private static Point2D centre(Node n) {
        Bounds b = n.localToScreen(n.getBoundsInLocal());
        return new Point2D(b.getCenterX(), b.getCenterY());
    }
}
