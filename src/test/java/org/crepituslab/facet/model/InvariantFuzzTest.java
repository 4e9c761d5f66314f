package org.crepituslab.facet.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Random pulls, stretches, settings and frame lengths never break the model's invariants. */
class InvariantFuzzTest {

    @Test
    void randomUseKeepsEveryInvariant() {
        for (long seed = 1; seed <= 4; seed++) {
            Random rnd = new Random(seed);
            JointModel m = new JointModel();
            for (int frame = 0; frame < 1200; frame++) {
                switch (rnd.nextInt(40)) {
                    case 0 -> m.startStandardStretch();
                    case 1 -> m.setParameter("pull_mm", rnd.nextDouble());
                    case 2 -> m.setParameter("threshold_kpa", -110 - 190 * rnd.nextDouble());
                    case 3 -> m.setParameter("timeAcceleration", new double[] {1, 60, 600}[rnd.nextInt(3)]);
                    case 4 -> m.setParameter("stretchRate_mm_s", 0.2 + 9.8 * rnd.nextDouble());
                    case 5 -> m.setParameter("soundModel", rnd.nextInt(3));
                    case 6 -> m.setParameter("stretchAmount_mm", rnd.nextDouble());
                    case 7 -> {
                        if (rnd.nextInt(10) == 0) {
                            m.reset();
                        }
                    }
                    default -> {
                    }
                }
                m.step(rnd.nextDouble() * 0.1);
                String broken = m.checkInvariants();
                assertNull(broken, "seed " + seed + ", frame " + frame + ": " + broken);
            }
        }
    }

    @Test
    void theBusyStateKeepsPoppingWithoutBreakingInvariants() {
        JointModel m = new JointModel();
        m.makeBusy();
        for (int frame = 0; frame < 60 * 30; frame++) {
            m.step(1.0 / 60);
            assertNull(m.checkInvariants());
        }
        assertTrue(m.readout("pops") >= 15, "pops: " + m.readout("pops"));
        assertEquals(0, m.readout("refractoryBlocks"));
    }
}
