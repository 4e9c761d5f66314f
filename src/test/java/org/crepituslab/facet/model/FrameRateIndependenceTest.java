package org.crepituslab.facet.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;

/** The same scenario stepped with very different dt sequences gives the same joint. */
class FrameRateIndependenceTest {

    /** Stretch at 0.5 s, let the pop settle, pull by hand at 3 s, release at 4 s; 6 s in all. */
    private static double[] scenario(DoubleSupplier frames) {
        Joint j = new Joint();
        JointRecorder r = JointRecorder.on(j);
        double[] marks = {0.5, 3, 4, 6};
        int mark = 0;
        while (j.time() < 6 - 1e-12) {
            double next = marks[mark];
            double dt = Math.min(frames.getAsDouble(), next - j.time());
            j.advance(dt);
            if (j.time() >= next - 1e-12) {
                switch (mark) {
                    case 0 -> j.stretch().startStandard();
                    case 1 -> j.stretch().setRequestedPull(0.9e-3);
                    case 2 -> j.stretch().setRequestedPull(0);
                    default -> {
                    }
                }
                mark = Math.min(mark + 1, marks.length - 1);
            }
        }
        return new double[] {r.pops.size(), r.pops.get(0).time(), j.pressure(), j.bubbleRadius(), j.gap(),
            j.gas().dissolvedFraction(), j.gas().bubble(GasSpecies.CO2), j.gas().bubble(GasSpecies.N2), r.noPops.size(),
            r.pops.get(0).trace().collapseRatio()};
    }

    @Test
    void resultsDoNotDependOnTheFrameRate() {
        double[] reference = scenario(() -> 1.0 / 60);
        Random random = new Random(42);
        DoubleSupplier[] others = {
            () -> 1.0 / 30,
            () -> 1.0 / 144,
            () -> 0.1,
            () -> 0.003,
            () -> 0.001 + random.nextDouble() * 0.05,
            () -> random.nextBoolean() ? 0.1 : 1e-4,
        };
        String[] names = {"pops", "pop time", "pressure", "radius", "gap", "dissolved", "CO2 in bubble", "N2 in bubble",
            "blocked", "collapse ratio"};
        for (DoubleSupplier frames : others) {
            double[] result = scenario(frames);
            for (int i = 0; i < reference.length; i++) {
                double tol = Math.abs(reference[i]) * 1e-4 + 1e-12;
                assertEquals(reference[i], result[i], tol, names[i]);
            }
        }
        assertEquals(1, reference[0], "one pop");
        assertEquals(1, reference[8], "and one refractory block from the hand pull");
    }
}
