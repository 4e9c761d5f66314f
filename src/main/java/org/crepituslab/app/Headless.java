package org.crepituslab.app;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * Starts the JavaFX toolkit for commands that render without a display (snapshot, bench, fuzz):
 * Monocle's headless glass with software rendering, set before the toolkit starts.
 */
public final class Headless {
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private Headless() {
    }

    /** Starts the toolkit once; headless unless {@code useDisplay} and a display is present. */
    public static void start(boolean useDisplay) throws InterruptedException {
        start(useDisplay, 1280, 800);
    }

    /** As {@link #start(boolean)}, with the headless screen size (windows cannot exceed it). */
    public static void start(boolean useDisplay, int screenWidth, int screenHeight) throws InterruptedException {
        if (STARTED.getAndSet(true)) {
            return;
        }
        boolean display = useDisplay && System.getenv("DISPLAY") != null && !System.getenv("DISPLAY").isBlank();
        if (!display) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("java.awt.headless", "true");
            System.setProperty("headless.geometry", screenWidth + "x" + screenHeight + "-32");
        }
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        CountDownLatch up = new CountDownLatch(1);
        try {
            Platform.startup(up::countDown);
        } catch (IllegalStateException alreadyRunning) {
            up.countDown();
        }
        Platform.setImplicitExit(false);
        if (!up.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the JavaFX toolkit did not start within 30 s");
        }
    }

    /** True when the toolkit runs on Monocle's headless glass (no display). */
    public static boolean isHeadless() {
        return "Monocle".equals(System.getProperty("glass.platform"));
    }

    /** Runs work on the FX thread and waits for its result, rethrowing its failure. */
    public static <T> T onFx(Supplier<T> work) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.get());
            } catch (Throwable t) {
                f.completeExceptionally(t);
            }
        });
        try {
            return f.get(5, TimeUnit.MINUTES);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception ex) {
                throw ex;
            }
            throw e;
        }
    }
}
