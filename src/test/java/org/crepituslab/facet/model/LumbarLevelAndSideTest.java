package org.crepituslab.facet.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** The shared names of the lumbar levels and sides, which the command line and the CSV files write. */
class LumbarLevelAndSideTest {
    @Test
    void levelsAreLabelledAndNumberedTopToBottom() {
        String[] labels = {"L1-L2", "L2-L3", "L3-L4", "L4-L5", "L5-S1"};
        LumbarLevel[] levels = LumbarLevel.values();
        assertEquals(labels.length, levels.length);
        for (int i = 0; i < levels.length; i++) {
            assertEquals(labels[i], levels[i].label());
            assertEquals(i + 1, levels[i].number());
            assertSame(levels[i], LumbarLevel.numbered(i + 1));
        }
    }

    @Test
    void parseTakesALabelInAnyCaseOrANumber() {
        assertSame(LumbarLevel.L4_L5, LumbarLevel.parse("L4-L5"));
        assertSame(LumbarLevel.L5_S1, LumbarLevel.parse("l5-s1"));
        assertSame(LumbarLevel.L2_L3, LumbarLevel.parse("2"));
        assertNull(LumbarLevel.parse("L9"));
        assertNull(LumbarLevel.parse("6"));
        assertNull(LumbarLevel.parse("0"));
        assertNull(LumbarLevel.parse(""));
        assertNull(LumbarLevel.parse("L4_L5"));
    }

    @Test
    void depthRunsFromTopToBottomOfTheLumbarSpine() {
        assertEquals(0.0, LumbarLevel.L1_L2.depth());
        assertEquals(0.25, LumbarLevel.L2_L3.depth());
        assertEquals(0.5, LumbarLevel.L3_L4.depth());
        assertEquals(0.75, LumbarLevel.L4_L5.depth());
        assertEquals(1.0, LumbarLevel.L5_S1.depth());
    }

    @Test
    void sidesAreLabelledAndEachIsTheOthersOther() {
        assertEquals("left", Side.LEFT.label());
        assertEquals("right", Side.RIGHT.label());
        assertSame(Side.RIGHT, Side.LEFT.other());
        assertSame(Side.LEFT, Side.RIGHT.other());
        for (Side side : Side.values()) {
            assertSame(side, side.other().other());
        }
    }
}
