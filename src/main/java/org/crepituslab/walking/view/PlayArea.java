package org.crepituslab.walking.view;

import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.crepituslab.framework.LiveScrollPane;
import org.crepituslab.framework.Themes;

/**
 * The walking screen's play area: the walker beside its two graphs above the step strip and the
 * counts when there is width for it, or everything in one column when there is not (large text, a
 * small window). Every part keeps room for its text at any text size; when the window is too short
 * for all of them the area scrolls rather than squeezing a graph to nothing.
 */
final class PlayArea extends LiveScrollPane {
    /** Below this width, in multiples of the text size, the parts go into one column. */
    private static final double NARROW_EM = 44;
    /**
     * Least heights in multiples of the text size: the walker (in one column), the stride graph, the
     * bars, the strip; and, presenting (the bars left out, so the walker beside the stride graph and
     * the strip fits a projector's window without scrolling), the walker, the stride graph and the strip.
     */
    private static final double FIGURE_MIN_EM = 16;
    private static final double CYCLE_MIN_EM = 10;
    private static final double BARS_MIN_EM = 15;
    private static final double STRIP_MIN_EM = 13;
    private static final double PRESENT_FIGURE_MIN_EM = 8;
    private static final double PRESENT_CYCLE_MIN_EM = 4.5;
    private static final double PRESENT_STRIP_MIN_EM = 6.5;
    /**
     * Share of a row's width the walker takes beside the graphs; presenting, the walker is as tall
     * as the play area and needs less than half its width (a standing figure is narrow).
     */
    private static final double FIGURE_SHARE = 0.5;
    private static final double PRESENT_FIGURE_SHARE = 0.47;

    private enum Mode { WIDE, NARROW, PRESENTING }

    private static final double GAP = 6;
    private final Region figure;
    private final Region cycle;
    private final Region bars;
    private final Region strip;
    private final Region counts;
    private final VBox column = new VBox(GAP);
    private Mode mode;
    private boolean presenting;
    /** Held here and observed weakly: the text size lives as long as the app, a closed screen must not. */
    private final InvalidationListener rearrange = o -> arrange();

    PlayArea(Region figure, Region cycle, Region bars, Region strip, Region counts) {
        super(null);
        this.figure = figure;
        this.cycle = cycle;
        this.bars = bars;
        this.strip = strip;
        this.counts = counts;
        setId("walking-play");
        column.setStyle("-fx-padding: 0.5em;");
        setContent(column);
        setFitToWidth(true);
        setFitToHeight(true);
        setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        figure.setMinWidth(120);
        widthProperty().addListener(rearrange);
        Themes.fontPxProperty().addListener(new WeakInvalidationListener(rearrange));
        arrange();
    }

    /** True when the parts are in one column. */
    boolean isNarrow() {
        return mode == Mode.NARROW;
    }

    /** Presenting: the walker, the stride graph and the strip only, sized to fit without scrolling. */
    void setPresenting(boolean on) {
        presenting = on;
        arrange();
    }

    private void arrange() {
        Mode m = presenting ? Mode.PRESENTING
                : getWidth() > 0 && getWidth() < NARROW_EM * Themes.fontPx() ? Mode.NARROW : Mode.WIDE;
        if (m == mode) {
            return;
        }
        mode = m;
        column.getChildren().clear();
        for (Region r : new Region[] {figure, cycle, bars, strip}) {
            VBox.setVgrow(r, null);
            HBox.setHgrow(r, null);
            r.minHeightProperty().unbind();
            r.prefWidthProperty().unbind();
        }
        switch (m) {
            case NARROW -> {
                minHeight(figure, FIGURE_MIN_EM);
                minHeight(cycle, CYCLE_MIN_EM);
                minHeight(bars, BARS_MIN_EM);
                minHeight(strip, STRIP_MIN_EM);
                // the strip right under the walker: the two that show what happens
                column.getChildren().addAll(figure, strip, cycle, bars, counts);
                VBox.setVgrow(figure, Priority.ALWAYS);
                VBox.setVgrow(cycle, Priority.SOMETIMES);
                VBox.setVgrow(bars, Priority.SOMETIMES);
                VBox.setVgrow(strip, Priority.SOMETIMES);
            }
            case WIDE -> {
                figure.setMinHeight(120);
                minHeight(cycle, CYCLE_MIN_EM);
                minHeight(bars, BARS_MIN_EM);
                minHeight(strip, STRIP_MIN_EM);
                VBox graphs = new VBox(GAP, cycle, bars);
                graphs.setMinWidth(0);
                VBox.setVgrow(cycle, Priority.ALWAYS);
                VBox.setVgrow(bars, Priority.ALWAYS);
                column.getChildren().addAll(row(graphs, FIGURE_SHARE), strip, counts);
                VBox.setVgrow(strip, Priority.SOMETIMES);
            }
            case PRESENTING -> {
                // the walker full height on the left, the stride graph over the strip on the right,
                // the counts across the bottom: all in the window, the walker the largest
                minHeight(figure, PRESENT_FIGURE_MIN_EM);
                minHeight(cycle, PRESENT_CYCLE_MIN_EM);
                minHeight(strip, PRESENT_STRIP_MIN_EM);
                VBox right = new VBox(GAP, cycle, strip);
                right.setMinWidth(0);
                VBox.setVgrow(cycle, Priority.ALWAYS);
                VBox.setVgrow(strip, Priority.ALWAYS);
                column.getChildren().addAll(row(right, PRESENT_FIGURE_SHARE), counts);
            }
        }
    }

    /** The walker beside the graphs, taking its share of the width; the row takes the spare height. */
    private HBox row(Region graphs, double figureShare) {
        HBox top = new HBox(GAP, figure, graphs);
        // both widths asked for, so the row's spare width does not go half to the walker
        figure.prefWidthProperty().bind(widthProperty().multiply(figureShare));
        graphs.prefWidthProperty().bind(widthProperty().multiply(1 - figureShare).subtract(4 * GAP));
        HBox.setHgrow(figure, Priority.ALWAYS);
        HBox.setHgrow(graphs, Priority.ALWAYS);
        VBox.setVgrow(top, Priority.ALWAYS);
        return top;
    }

    private static void minHeight(Region r, double em) {
        r.minHeightProperty().bind(Themes.fontPxProperty().multiply(em));
    }
}
