package org.crepituslab.quiz.view;

import javafx.geometry.HPos;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import org.crepituslab.framework.Themes;

/**
 * Two regions side by side when there is room, stacked when the text is large or the window narrow.
 * Decided in the layout pass itself, so a one-pass snapshot shows the same as the window.
 */
final class Columns extends Pane {
    private final Region left;
    private final Region right;
    private final double minColumnEms;

    /** @param minColumnEms the narrowest readable column, in root font sizes */
    Columns(Region left, Region right, double minColumnEms) {
        this.left = left;
        this.right = right;
        this.minColumnEms = minColumnEms;
        getChildren().addAll(left, right);
    }

    private double gap() {
        return Themes.fontPx();
    }

    private boolean wide(double width) {
        return width >= 2 * minColumnEms * Themes.fontPx() + gap();
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefWidth(double height) {
        return minColumnEms * Themes.fontPx();
    }

    @Override
    protected double computeMinWidth(double height) {
        return 0;
    }

    @Override
    protected double computePrefHeight(double width) {
        double w = width < 0 ? getWidth() : width;
        if (wide(w)) {
            double col = (w - gap()) / 2;
            return Math.max(left.prefHeight(col), right.prefHeight(col));
        }
        return left.prefHeight(w) + gap() + right.prefHeight(w);
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        if (wide(w)) {
            double col = (w - gap()) / 2;
            double h = Math.max(left.prefHeight(col), right.prefHeight(col));
            layoutInArea(left, 0, 0, col, h, 0, HPos.LEFT, VPos.TOP);
            layoutInArea(right, col + gap(), 0, col, h, 0, HPos.LEFT, VPos.TOP);
        } else {
            double hl = left.prefHeight(w);
            layoutInArea(left, 0, 0, w, hl, 0, HPos.LEFT, VPos.TOP);
            layoutInArea(right, 0, hl + gap(), w, right.prefHeight(w), 0, HPos.LEFT, VPos.TOP);
        }
    }

    boolean isSideBySide() {
        return wide(getWidth());
    }
}
