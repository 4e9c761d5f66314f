package org.crepituslab.grinding.view;

import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.scene.layout.Region;
import org.crepituslab.framework.Themes;

/**
 * Lays out the four panels: cross-section and spectrum side by side on top, the friction graph
 * and the event raster full width below, in proportion 50 : 30 : 20 of the height. Each row keeps
 * a minimum height in em, so with very large text the area grows (and its scroll pane scrolls)
 * instead of squashing the graphs until their labels collide.
 */
final class PlayArea extends Region {
    private static final double GAP = 8;
    private static final double[] FRACTIONS = {0.5, 0.3, 0.2};
    /** Row minimums in em (multiples of the root font size). */
    private static final double[] MIN_EM = {17, 10, 7.5};
    /** Presenting: the raster steps aside and the two rows left share the height (the projector is short). */
    private static final double[] COMPACT_FRACTIONS = {0.62, 0.38, 0};
    private static final double[] COMPACT_MIN_EM = {12, 6.5, 0};
    /** Share of the width taken by the cross-section in the top row. */
    private static final double JOINT_WIDTH = 0.6;

    private final Region joint;
    private final Region spectrum;
    private final Region graph;
    private final Region raster;
    private boolean compact;

    PlayArea(Region joint, Region spectrum, Region graph, Region raster) {
        this.joint = joint;
        this.spectrum = spectrum;
        this.graph = graph;
        this.raster = raster;
        getChildren().addAll(joint, spectrum, graph, raster);
        Themes.fontPxProperty().addListener(new WeakInvalidationListener(fontListener));
    }

    private final InvalidationListener fontListener = o -> requestLayout();

    /**
     * Presenting: the cross-section, the spectrum and the friction graph only, so the drawing, a
     * graph and the story fit a projector's window without scrolling; the raster comes back after.
     */
    void setCompact(boolean on) {
        compact = on;
        raster.setVisible(!on);
        raster.setManaged(!on);
        requestLayout();
    }

    private double minRow(int i) {
        return (compact ? COMPACT_MIN_EM : MIN_EM)[i] * Themes.fontPx();
    }

    @Override
    protected double computeMinHeight(double width) {
        return minRow(0) + minRow(1) + minRow(2) + (compact ? 3 : 4) * GAP;
    }

    @Override
    protected double computePrefHeight(double width) {
        return computeMinHeight(width);
    }

    @Override
    protected double computeMinWidth(double height) {
        return 300;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 600;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth() - 2 * GAP;
        double avail = Math.max(getHeight(), computeMinHeight(-1)) - (compact ? 3 : 4) * GAP;
        double[] h = rowHeights(avail);
        double y = GAP;
        double jw = Math.floor((w - GAP) * JOINT_WIDTH);
        joint.resizeRelocate(GAP, y, jw, h[0]);
        spectrum.resizeRelocate(GAP + jw + GAP, y, w - jw - GAP, h[0]);
        y += h[0] + GAP;
        graph.resizeRelocate(GAP, y, w, h[1]);
        y += h[1] + GAP;
        if (!compact) {
            raster.resizeRelocate(GAP, y, w, h[2]);
        }
    }

    /** Proportional heights, raised to the minimums and taken back from the rows that can spare it. */
    static double[] rowHeights(double avail, double[] fractions, double[] mins) {
        int n = fractions.length;
        double[] h = new double[n];
        boolean[] pinned = new boolean[n];
        for (int pass = 0; pass < n; pass++) {
            double free = avail;
            double share = 0;
            for (int i = 0; i < n; i++) {
                if (pinned[i]) {
                    free -= mins[i];
                } else {
                    share += fractions[i];
                }
            }
            boolean changed = false;
            for (int i = 0; i < n; i++) {
                h[i] = pinned[i] ? mins[i] : Math.max(0, free) * fractions[i] / share;
                if (!pinned[i] && h[i] < mins[i]) {
                    pinned[i] = true;
                    changed = true;
                }
            }
            if (!changed) {
                break;
            }
        }
        for (int i = 0; i < n; i++) {
            h[i] = Math.max(h[i], mins[i]);
        }
        return h;
    }

    private double[] rowHeights(double avail) {
        return rowHeights(avail, compact ? COMPACT_FRACTIONS : FRACTIONS, new double[]{minRow(0), minRow(1), minRow(2)});
    }
}
