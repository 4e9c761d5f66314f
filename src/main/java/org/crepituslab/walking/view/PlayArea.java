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
    /** Least heights in multiples of the text size: the walker (in one column), the stride graph, the bars, the strip. */
    private static final double FIGURE_MIN_EM = 16;
    private static final double CYCLE_MIN_EM = 10;
    private static final double BARS_MIN_EM = 15;
    private static final double STRIP_MIN_EM = 13;
    private static final double GAP = 6;
    private final Region figure;
    private final Region cycle;
    private final Region bars;
    private final Region strip;
    private final Region counts;
    private final VBox column = new VBox(GAP);
    private Boolean narrow;
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
        cycle.minHeightProperty().bind(Themes.fontPxProperty().multiply(CYCLE_MIN_EM));
        bars.minHeightProperty().bind(Themes.fontPxProperty().multiply(BARS_MIN_EM));
        strip.minHeightProperty().bind(Themes.fontPxProperty().multiply(STRIP_MIN_EM));
        widthProperty().addListener(rearrange);
        Themes.fontPxProperty().addListener(new WeakInvalidationListener(rearrange));
        arrange();
    }

    /** True when the parts are in one column. */
    boolean isNarrow() {
        return Boolean.TRUE.equals(narrow);
    }

    private void arrange() {
        boolean n = getWidth() > 0 && getWidth() < NARROW_EM * Themes.fontPx();
        if (Boolean.valueOf(n).equals(narrow)) {
            return;
        }
        narrow = n;
        column.getChildren().clear();
        for (Region r : new Region[] {figure, cycle, bars, strip}) {
            VBox.setVgrow(r, null);
            HBox.setHgrow(r, null);
        }
        if (n) {
            figure.minHeightProperty().bind(Themes.fontPxProperty().multiply(FIGURE_MIN_EM));
            column.getChildren().addAll(figure, cycle, bars, strip, counts);
            VBox.setVgrow(figure, Priority.ALWAYS);
            VBox.setVgrow(cycle, Priority.SOMETIMES);
            VBox.setVgrow(bars, Priority.SOMETIMES);
            VBox.setVgrow(strip, Priority.SOMETIMES);
        } else {
            figure.minHeightProperty().unbind();
            figure.setMinHeight(120);
            VBox graphs = new VBox(GAP, cycle, bars);
            graphs.setMinWidth(0);
            VBox.setVgrow(cycle, Priority.ALWAYS);
            VBox.setVgrow(bars, Priority.ALWAYS);
            HBox top = new HBox(GAP, figure, graphs);
            HBox.setHgrow(figure, Priority.ALWAYS);
            HBox.setHgrow(graphs, Priority.ALWAYS);
            column.getChildren().addAll(top, strip, counts);
            VBox.setVgrow(top, Priority.ALWAYS);
            VBox.setVgrow(strip, Priority.SOMETIMES);
        }
    }
}
