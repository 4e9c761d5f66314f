package org.crepituslab.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The models' one fixed-step accumulator gives the same sub-steps however time is cut into frames. */
class FixedStepClockTest {
    @Test
    void raggedRegularAndCoarseFramesGiveTheSameSubsteps() {
        assertEquals(150_000, run(new double[] {1.0 / 60}, 180));
        assertEquals(150_000, run(new double[] {0.1}, 30));
        SplittableRandom r = new SplittableRandom(7);
        FixedStepClock c = new FixedStepClock(20e-6);
        double t = 0;
        long n = 0;
        while (t < 3 - 1e-12) {
            double dt = Math.min(0.001 + 0.099 * r.nextDouble(), 3 - t);
            n += c.due(dt);
            t += dt;
        }
        assertEquals(150_000, n);
    }

    private static long run(double[] dts, int frames) {
        FixedStepClock c = new FixedStepClock(20e-6);
        long n = 0;
        for (int i = 0; i < frames; i++) {
            n += c.due(dts[i % dts.length]);
        }
        return n;
    }
}
