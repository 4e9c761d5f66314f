package org.crepituslab.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TimeSeriesTest {
    @Test
    void keepsTheNewestSamplesInOrder() {
        TimeSeries s = new TimeSeries("p", 3);
        for (int i = 0; i < 5; i++) {
            s.add(i, 10 * i);
        }
        assertEquals(3, s.size());
        assertEquals(2, s.time(0));
        assertEquals(40, s.value(2));
        assertEquals(4, s.lastTime());
        s.clear();
        assertEquals(0, s.size());
    }

    @Test
    void thinnedSamplesKeepTheWholeWindowWhateverTheStep() {
        TimeSeries s = new TimeSeries("p", 100);
        // Slow ×0.1 at 60 fps: 1/600 s of simulated time per frame, for 10 simulated seconds
        for (int i = 0; i <= 6000; i++) {
            s.add(i / 600.0, i, 10.0 / 50);
        }
        assertTrue(s.lastTime() - s.time(0) >= 9.5, "spans " + (s.lastTime() - s.time(0)) + " s");
        assertEquals(6000, s.value(s.size() - 1), 0, "the newest value is always kept");
    }
}
