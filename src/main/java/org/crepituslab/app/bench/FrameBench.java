package org.crepituslab.app.bench;

import javafx.animation.AnimationTimer;
import javafx.scene.canvas.Canvas;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.layout.StackPane;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.crepituslab.app.AppShell;
import org.crepituslab.app.CrepitusLabApp;
import org.crepituslab.app.Headless;
import org.crepituslab.framework.Preferences;
import org.crepituslab.framework.Screen;
import org.crepituslab.framework.ScreenView;
import org.crepituslab.framework.SimClock;
import org.crepituslab.framework.SimModel;

/**
 * Runs one screen in its busiest state in a real window (headless or on a display) and records
 * every frame: the interval between pulses, and the CPU time of the model's step.
 */
public final class FrameBench {
    /** Frames in the first half second are dropped: JIT warm-up and first layout. */
    static final double WARM_UP_SECONDS = 0.5;
    static final double SLOW_FRAME_MS = 20;

    public record Result(String screen, int frames, double medianFps, double p50Ms, double p99Ms,
                         long over20Ms, double stepP50Us, double stepP99Us, double stepPer60thP50Us,
                         double stepPer60thP99Us, double heapMb) {
    }

    private FrameBench() {
    }

    public static Result run(Screen<?> screen, double seconds, int width, int height) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int capacity = (int) Math.ceil((seconds + WARM_UP_SECONDS) * 400) + 16;
        long[] stamps = new long[capacity];
        long[] steps = new long[capacity];
        int[] n = {0};
        Stage[] stage = new Stage[1];
        Headless.onFx(() -> {
            Preferences prefs = new Preferences();
            prefs.soundOnProperty().set(false);
            Scene scene = CrepitusLabApp.createScene(prefs, width, height);
            AppShell shell = (AppShell) scene.getRoot();
            shell.show(screen.id());
            ScreenView view = shell.currentView();
            makeBusy(screen, view.model());
            view.clock().setFrameProbe(new SimClock.FrameProbe() {
                @Override
                public void onFrame(long frameNanos, long stepCpuNanos) {
                    if (n[0] < capacity) {
                        stamps[n[0]] = frameNanos;
                        steps[n[0]] = stepCpuNanos;
                        n[0]++;
                    }
                }

                @Override
                public long cpuNanos() {
                    return threads.getCurrentThreadCpuTime();
                }
            });
            stage[0] = new Stage();
            stage[0].setScene(scene);
            stage[0].setWidth(width);
            stage[0].setHeight(height);
            stage[0].show();
            return null;
        });
        Thread.sleep((long) ((seconds + WARM_UP_SECONDS) * 1000));
        int frames = Headless.onFx(() -> {
            AppShell shell = (AppShell) stage[0].getScene().getRoot();
            shell.currentView().clock().setFrameProbe(null);
            shell.currentView().dispose();
            stage[0].hide();
            return n[0];
        });
        waitForPulse();
        return summarise(screen.id(), stamps, steps, frames);
    }

    /**
     * The floor of this machine: a bare window whose only content is one canvas the size of the
     * window, cleared and crossed by one moving line every frame, so the whole window is redrawn
     * and composited each frame with next to nothing drawn. (An earlier baseline drew 100
     * window-long lines; that measured line rasterisation, about 0.3 ms per line, not the floor.)
     */
    public static Result baseline(double seconds, int width, int height) throws Exception {
        int capacity = (int) Math.ceil((seconds + WARM_UP_SECONDS) * 400) + 16;
        long[] stamps = new long[capacity];
        int[] n = {0};
        Stage[] stage = new Stage[1];
        AnimationTimer[] timer = new AnimationTimer[1];
        Headless.onFx(() -> {
            Canvas canvas = new Canvas(width, height);
            timer[0] = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    var g = canvas.getGraphicsContext2D();
                    g.clearRect(0, 0, width, height);
                    double x = (n[0] * 7) % width;
                    g.strokeLine(x, 0, width - x, height);
                    if (n[0] < capacity) {
                        stamps[n[0]++] = now;
                    }
                }
            };
            stage[0] = new Stage();
            stage[0].setScene(new Scene(new StackPane(canvas), width, height));
            stage[0].show();
            timer[0].start();
            return null;
        });
        Thread.sleep((long) ((seconds + WARM_UP_SECONDS) * 1000));
        int frames = Headless.onFx(() -> {
            timer[0].stop();
            stage[0].hide();
            return n[0];
        });
        waitForPulse();
        return summarise("baseline", stamps, new long[capacity], frames);
    }

    @SuppressWarnings("unchecked")
    static void makeBusy(Screen<?> screen, SimModel model) {
        ((Screen<SimModel>) screen).makeBusy(model);
    }

    static Result summarise(String id, long[] stamps, long[] steps, int frames) {
        int first = 0;
        while (first < frames && stamps[first] - stamps[0] < WARM_UP_SECONDS * 1e9) {
            first++;
        }
        int count = Math.max(0, frames - first - 1);
        double[] intervals = new double[count];
        double[] stepUs = new double[count];
        double[] per60th = new double[count];
        for (int i = 0; i < count; i++) {
            intervals[i] = (stamps[first + i + 1] - stamps[first + i]) / 1e6;
            stepUs[i] = steps[first + i + 1] / 1e3;
            // a slow frame asks the model for more simulated time (up to the 0.1 s clamp): this
            // normalises the step's cost to one 1/60 s frame, the figure the target is about
            double simulated = Math.min(intervals[i] / 1e3, SimClock.MAX_FRAME_SECONDS);
            per60th[i] = stepUs[i] * (1.0 / 60) / Math.max(simulated, 1e-4);
        }
        Stats iv = new Stats(intervals);
        Stats st = new Stats(stepUs);
        Stats norm = new Stats(per60th);
        return new Result(id, count, 1000.0 / iv.median(), iv.median(), iv.percentile(99),
                iv.countAbove(SLOW_FRAME_MS), st.median(), st.percentile(99), norm.median(), norm.percentile(99),
                heapAfterGcMb());
    }

    public static double heapAfterGcMb() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime rt = Runtime.getRuntime();
        return (rt.totalMemory() - rt.freeMemory()) / (1024.0 * 1024.0);
    }

    private static void waitForPulse() throws InterruptedException {
        CountDownLatch latch = new CountDownLatch(1);
        Platform.runLater(latch::countDown);
        latch.await(10, TimeUnit.SECONDS);
    }
}
