package org.crepituslab.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
