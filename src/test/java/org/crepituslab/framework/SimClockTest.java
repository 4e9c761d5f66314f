package org.crepituslab.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimClockTest {
    static final class Recorder implements SimModel {
        final List<Double> steps = new ArrayList<>();
        double time;

        @Override
        public void step(double dt) {
            steps.add(dt);
            time += dt;
        }

        @Override
        public void reset() {
            time = 0;
        }

        @Override
        public double singleStepSeconds() {
            return 0.01;
        }
    }

    @Test
    void convertsNanosecondsToSecondsAndScalesBySpeed() {
        Recorder m = new Recorder();
        List<Double> viewDts = new ArrayList<>();
        SimClock clock = new SimClock(m, viewDts::add);
        clock.speedProperty().set(TimeSpeed.QUARTER.factor());
        clock.onFrame(1_000_000_000L);
        clock.onFrame(1_020_000_000L);
        assertEquals(List.of(0.005), m.steps);
        assertEquals(0.005, viewDts.get(viewDts.size() - 1), 1e-12);
    }

    @Test
    void clampsLongFramesSoPhysicsDoesNotLeap() {
        Recorder m = new Recorder();
        SimClock clock = new SimClock(m, dt -> { });
        clock.advance(3.0);
        assertEquals(SimClock.MAX_FRAME_SECONDS, m.time, 1e-12);
    }

    @Test
    void pausedClockDoesNotAdvanceTheModelButStepOnceDoes() {
        Recorder m = new Recorder();
        List<Double> viewDts = new ArrayList<>();
        SimClock clock = new SimClock(m, viewDts::add);
        clock.playingProperty().set(false);
        clock.advance(0.05);
        assertEquals(0, m.time);
        assertEquals(0.0, viewDts.get(0));
        clock.stepOnce();
        assertEquals(0.01, m.time, 1e-12);
    }
}
