package org.crepituslab.app.bench;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.crepituslab.app.Screens;
import org.crepituslab.app.Headless;
import org.crepituslab.framework.Screen;
import org.crepituslab.framework.ScreenView;
import org.crepituslab.framework.SimClock;
import org.crepituslab.framework.SimModel;
import org.crepituslab.framework.Themes;
import org.crepituslab.framework.TimeSpeed;

/**
 * Long-run stability: every model for a long stretch of simulated time at the largest frame step
 * the clock allows (heap after GC must not grow), and every screen's view opened and closed many
 * times (disposed views must be collectable: no listener or node leaks).
 */
public final class Soak {
    /** The largest step a frame can ask of a model: a clamped frame at the fastest speed. */
    public static final double MAX_STEP = SimClock.MAX_FRAME_SECONDS * TimeSpeed.FAST.factor();
    /**
     * Simulated warm-up before the first heap reading: longer than the longest bounded history a
     * model keeps (grinding keeps ten minutes of friction samples), so a ring buffer filling up is
     * not mistaken for a leak.
     */
    static final double WARM_UP_SECONDS = 900;

    public record ModelResult(String screen, double simulatedSeconds, double wallSeconds, double heapBeforeMb,
                              double heapAfterMb, String brokenInvariant) {
        public double growth() {
            return (heapAfterMb - heapBeforeMb) / heapBeforeMb;
        }
    }

    public record ViewResult(int opened, int stillReachable) {
    }

    private Soak() {
    }

    public static List<ModelResult> models(double simulatedSeconds) {
        List<ModelResult> results = new ArrayList<>();
        for (Screen<?> s : Screens.all()) {
            SimModel model = s.createBusyModel();
            if (!model.isAnimated()) {
                continue;
            }
            String broken = advance(model, WARM_UP_SECONDS);
            double before = FrameBench.heapAfterGcMb();
            long t0 = System.nanoTime();
            if (broken == null) {
                broken = advance(model, simulatedSeconds);
            }
            double wall = (System.nanoTime() - t0) / 1e9;
            double after = FrameBench.heapAfterGcMb();
            results.add(new ModelResult(s.id(), simulatedSeconds, wall, before, after, broken));
        }
        return results;
    }

    private static String advance(SimModel model, double seconds) {
        int steps = (int) Math.ceil(seconds / MAX_STEP);
        for (int i = 0; i < steps; i++) {
            model.step(MAX_STEP);
            if (i % 500 == 0) {
                String broken = model.checkInvariants();
                if (broken != null) {
                    return broken + " after " + (i * MAX_STEP) + " s";
                }
            }
        }
        return model.checkInvariants();
    }

    /** Opens and closes each screen's view {@code cycles} times; toolkit must be running. */
    public static ViewResult views(int cycles) throws Exception {
        List<WeakReference<ScreenView>> refs = new ArrayList<>();
        Stage[] stage = new Stage[1];
        StackPane root = new StackPane();
        Headless.onFx(() -> {
            stage[0] = new Stage();
            Scene scene = new Scene(root, 1280, 800);
            scene.getStylesheets().addAll(Themes.COLORS, Themes.STYLESHEET); // screens' sheets look up its colours
            stage[0].setScene(scene);
            stage[0].show();
            return null;
        });
        for (int c = 0; c < cycles; c++) {
            for (Screen<?> s : Screens.all()) {
                refs.add(Headless.onFx(() -> {
                    ScreenView v = s.createModelAndView();
                    root.getChildren().setAll(v);
                    v.onShown();
                    root.applyCss();
                    root.layout();
                    v.step(0);
                    root.getChildren().clear();
                    v.dispose();
                    return new WeakReference<>(v);
                }));
            }
        }
        Headless.onFx(() -> {
            stage[0].hide();
            return null;
        });
        FrameBench.heapAfterGcMb();
        Thread.sleep(200);
        FrameBench.heapAfterGcMb();
        int alive = (int) refs.stream().filter(r -> r.get() != null).count();
        return new ViewResult(refs.size(), alive);
    }
}
