package org.crepituslab.framework.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnReducerTest {
    private final RecordingSink sink = new RecordingSink("%.1f");
    private final List<String> ops = sink.ops;
    private final ColumnReducer reducer = new ColumnReducer(new ClippedPolyline(sink, 0, 0, 1000, 1000));

    @Test
    void aSparseLineKeepsEveryPoint() {
        reducer.add(10, 5);
        reducer.add(20, 8);
        reducer.add(30, 6);
        reducer.flush();
        assertEquals(List.of("M 10.0 5.0", "L 20.0 8.0", "L 30.0 6.0"), ops);
    }

    @Test
    void manyPointsInOneColumnBecomeFirstExtremesInOrderAndLast() {
        // one pixel column (x in [10, 11)): a dip to 1 before a peak at 9
        double[] ys = {5, 4, 1, 3, 9, 7, 6};
        for (int i = 0; i < ys.length; i++) {
            reducer.add(10 + i * 0.1, ys[i]);
        }
        reducer.add(12, 5);
        reducer.flush();
        assertEquals(List.of("M 10.0 5.0", "L 10.2 1.0", "L 10.4 9.0", "L 10.6 6.0", "L 12.0 5.0"), ops);
    }

    @Test
    void aPeakBeforeADipKeepsThatOrder() {
        double[] ys = {5, 9, 1, 5};
        for (int i = 0; i < ys.length; i++) {
            reducer.add(3 + i * 0.2, ys[i]);
        }
        reducer.flush();
        assertEquals(List.of("M 3.0 5.0", "L 3.2 9.0", "L 3.4 1.0", "L 3.6 5.0"), ops);
    }

    @Test
    void aGapBreaksTheLine() {
        reducer.add(1, 1);
        reducer.add(2, 1);
        reducer.add(3, Double.NaN);
        reducer.add(4, 2);
        reducer.add(5, 2);
        reducer.flush();
        assertEquals(List.of("M 1.0 1.0", "L 2.0 1.0", "M 4.0 2.0", "L 5.0 2.0"), ops);
    }

    @Test
    void aFlatRunIsSentAsItsTwoEnds() {
        for (int x = 0; x <= 100; x++) {
            reducer.add(x, 7);
        }
        reducer.add(101, 8);
        reducer.flush();
        assertEquals(List.of("M 0.0 7.0", "L 100.0 7.0", "L 101.0 8.0"), ops);
    }
}
