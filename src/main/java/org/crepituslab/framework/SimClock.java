package org.crepituslab.framework;

import java.util.function.DoubleConsumer;
import javafx.animation.AnimationTimer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * The one timer of a screen: turns frame timestamps into dt seconds, clamps dt so a stalled frame
 * (window dragged, GC pause) does not make the physics leap, scales it by the speed, and calls
 * {@code model.step(dt)} then {@code view.step(dt)}. The model only advances while playing; the
 * view is still told about every frame so it can redraw.
 */
public final class SimClock {
    /** Longest real frame interval passed on; anything longer is treated as a hiccup. */
    public static final double MAX_FRAME_SECONDS = 0.1;

    private final SimModel model;
    private final DoubleConsumer viewStep;
    private final BooleanProperty playing = new SimpleBooleanProperty(this, "playing", true);
    private final DoubleProperty speed = new SimpleDoubleProperty(this, "speed", TimeSpeed.NORMAL.factor());
    private long lastNanos = -1;
    private FrameProbe probe;
    private long lastModelCpuNanos;
    private boolean running;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            onFrame(now);
        }
    };

    public SimClock(SimModel model, DoubleConsumer viewStep) {
        this.model = model;
        this.viewStep = viewStep;
    }

    public void start() {
        if (!running) {
            lastNanos = -1;
            running = true;
            timer.start();
        }
    }

    public void stop() {
        running = false;
        timer.stop();
    }

    public boolean isRunning() {
        return running;
    }

    /** Handles one frame; public so tests and the benchmark can drive the clock without a pulse. */
    public void onFrame(long nowNanos) {
        double realDt = lastNanos < 0 ? 0 : (nowNanos - lastNanos) / 1e9;
        lastNanos = nowNanos;
        lastModelCpuNanos = 0;
        advance(realDt);
        if (probe != null) {
            probe.onFrame(nowNanos, lastModelCpuNanos);
        }
    }

    /** Receives each frame's timestamp and the CPU time the model's step took (benchmark only). */
    public interface FrameProbe {
        void onFrame(long frameNanos, long stepCpuNanos);

        long cpuNanos();
    }

    public void setFrameProbe(FrameProbe probe) {
        this.probe = probe;
    }

    /** Advances by a real (wall-clock) interval: clamped, scaled, and applied if playing. */
    public void advance(double realDt) {
        double dt = Math.min(Math.max(realDt, 0), MAX_FRAME_SECONDS) * speed.get();
        if (playing.get() && dt > 0) {
            if (probe == null) {
                model.step(dt);
            } else {
                long cpu0 = probe.cpuNanos();
                model.step(dt);
                lastModelCpuNanos = probe.cpuNanos() - cpu0;
            }
            viewStep.accept(dt);
        } else {
            viewStep.accept(0);
        }
    }

    /** Advances exactly one fixed model step, whether playing or paused. */
    public void stepOnce() {
        double dt = model.singleStepSeconds();
        model.step(dt);
        viewStep.accept(dt);
    }

    public BooleanProperty playingProperty() {
        return playing;
    }

    public DoubleProperty speedProperty() {
        return speed;
    }
}
