package org.crepituslab.tendon;

import org.crepituslab.tendon.TendonScreen;
import org.crepituslab.tendon.model.TendonModel;

/**
 * Model cost per 60 Hz frame of the tendon screen in its busiest state (full tightness and tilt,
 * walking: two snaps per stride), with no toolkit. Not a test (surefire does not pick it up): run
 * it from the packaged jar as a single-file program, see doc/BENCHMARKS.md.
 */
public final class TendonModelBench {
    private TendonModelBench() {
    }

    public static void main(String[] args) {
        int frames = args.length > 0 ? Integer.parseInt(args[0]) : 60 * 600;
        int[] snaps = new int[1];
        double best = Double.POSITIVE_INFINITY;
        for (int round = 0; round < 5; round++) {
            TendonModel m = new TendonScreen().createBusyModel();
            m.snaps().addListener(e -> snaps[0]++);
            for (int i = 0; i < 60 * 20; i++) {
                m.step(1 / 60.0);
            }
            long t0 = System.nanoTime();
            for (int i = 0; i < frames; i++) {
                m.step(1 / 60.0);
            }
            long t1 = System.nanoTime();
            String broken = m.checkInvariants();
            if (broken != null) {
                throw new IllegalStateException(broken);
            }
            double perFrame = (t1 - t0) / 1e3 / frames;
            best = Math.min(best, perFrame);
            System.out.printf("round %d: %.2f us per frame (%d frames, %d snaps so far)%n", round + 1, perFrame, frames,
                    snaps[0]);
        }
        System.out.printf("best: %.2f us per 1/60 s frame = %.3f %% of a 16.7 ms frame; %d sub-steps per frame%n",
                best, best / 16_667 * 100, Math.round(1 / 60.0 / 1e-4));
    }
}
