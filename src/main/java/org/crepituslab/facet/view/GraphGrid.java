package org.crepituslab.facet.view;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import org.crepituslab.framework.Themes;

/**
 * The graphs and the gas panel side by side, or in two rows when the cells would be too narrow
 * to show an axis with its labels (large text on a small window).
 */
final class GraphGrid extends Pane {
    private static final double GAP = 8;
    /** Narrowest useful cell, in multiples of the root font size. */
    private static final double MIN_CELL_EM = 13;

    private final DoubleProperty rowHeight = new SimpleDoubleProperty(this, "rowHeight", 150);

    GraphGrid(Node... cells) {
        getChildren().addAll(cells);
        rowHeight.addListener(o -> requestLayout());
    }

    /** Height of one row of cells, px. */
    DoubleProperty rowHeightProperty() {
        return rowHeight;
    }

    /** The height depends on the width (one row or two), so the parent must ask with a width. */
    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefHeight(double width) {
        double w = width > 0 ? width : getWidth() > 0 ? getWidth() : 4 * Themes.fontPx() * MIN_CELL_EM;
        int rows = rows(w);
        return snappedTopInset() + rows * rowHeight.get() + (rows - 1) * GAP + snappedBottomInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    /** Columns that fit the width: all cells in one row, or two per row. */
    int columns(double width) {
        int n = getManagedChildren().size();
        double cell = (width - GAP * (n - 1)) / n;
        return cell >= Themes.fontPx() * MIN_CELL_EM || n <= 2 ? n : 2;
    }

    /** Rows needed at this width. */
    int rows(double width) {
        int n = getManagedChildren().size();
        int cols = columns(width);
        return (n + cols - 1) / cols;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        int cols = columns(w);
        int rows = rows(w);
        double cw = (w - GAP * (cols - 1)) / cols;
        double ch = (h - GAP * (rows - 1)) / rows;
        int i = 0;
        for (Node n : getManagedChildren()) {
            int r = i / cols;
            int c = i % cols;
            n.resizeRelocate(snapPositionX(c * (cw + GAP)), snapPositionY(r * (ch + GAP)), snapSizeX(cw), snapSizeY(ch));
            i++;
        }
    }
}
