package org.crepituslab.walking.model;

import java.util.Arrays;

/**
 * Pops, snaps and clicks of the last few completed strides, so that a change of the causes shows
 * in the rates within a few strides (the totals since reset would take hundreds to move).
 */
public final class StrideTally {
    /** How many recent strides the rates are taken over. */
    public static final int WINDOW = 20;
    private final int[][] counts = new int[WINDOW][GaitEvent.Kind.values().length];
    private final int[] current = new int[GaitEvent.Kind.values().length];
    private int filled;
    private int next;
    /** True after a restart: the stride under way began before it, so it is left out of the rates. */
    private boolean partial;

    void count(GaitEvent.Kind kind) {
        current[kind.ordinal()]++;
    }

    /** A stride has been completed: it enters the window, the oldest leaves. */
    void strideDone() {
        if (partial) {
            partial = false;
            Arrays.fill(current, 0);
            return;
        }
        System.arraycopy(current, 0, counts[next], 0, current.length);
        Arrays.fill(current, 0);
        next = (next + 1) % WINDOW;
        filled = Math.min(WINDOW, filled + 1);
    }

    void reset() {
        for (int[] c : counts) {
            Arrays.fill(c, 0);
        }
        Arrays.fill(current, 0);
        filled = 0;
        next = 0;
        partial = false;
    }

    /**
     * Starts the rates afresh mid-stride (the causes changed): the window empties, and the stride
     * under way, walked partly under the old causes, is not counted.
     */
    void restart() {
        reset();
        partial = true;
    }

    /** Completed strides in the window (up to {@link #WINDOW}). */
    public int strides() {
        return filled;
    }

    /** Events of this kind per 100 strides over the window; 0 before the first stride is complete. */
    public double per100(GaitEvent.Kind kind) {
        if (filled == 0) {
            return 0;
        }
        int sum = 0;
        for (int i = 0; i < filled; i++) {
            sum += counts[i][kind.ordinal()];
        }
        return 100.0 * sum / filled;
    }
}
