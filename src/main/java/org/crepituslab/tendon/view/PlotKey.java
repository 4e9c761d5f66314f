package org.crepituslab.tendon.view;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.crepituslab.framework.CanvasPane;
import org.crepituslab.framework.Strings;
import org.crepituslab.framework.Themes;

/**
 * A plot with its key in words: the legend on the plot only names its lines, so a short line under
 * the plot says what they mean, and a tooltip on the plot (and on that line) explains each legend
 * item at length. The same words are the plot's accessible help. When the line would leave the
 * plot too short to read (large text in a small window), the plot keeps the room and the words stay
 * in the tooltip.
 */
final class PlotKey extends Region {
    /** The plot's least useful height, in multiples of the root font size. */
    private static final double MIN_PLOT_EM = 9;
    private static final double GAP = 2;

    private final CanvasPane plot;
    private final Label note;
    private boolean noteWanted = true;

    /** @param keyPrefix bundle prefix: {@code <prefix>.key} is the short line, {@code <prefix>.key.long} the tooltip */
    PlotKey(CanvasPane plot, String keyPrefix) {
        this.plot = plot;
        note = new Label(Strings.get(keyPrefix + ".key"));
        note.setId(plot.getId() + "-key");
        note.getStyleClass().addAll("muted", "plot-key");
        note.setWrapText(true);
        // the line wraps instead of being cut off; the plot gives up the height it needs
        note.setMinHeight(Region.USE_PREF_SIZE);
        Tooltip details = new Tooltip(Strings.get(keyPrefix + ".key.long"));
        details.setWrapText(true);
        details.setMaxWidth(520);
        details.setShowDuration(Duration.seconds(30));
        details.setShowDelay(Duration.millis(300));
        Tooltip.install(plot, details);
        note.setTooltip(details);
        plot.setAccessibleHelp(Strings.get(keyPrefix + ".key.long"));
        setMinSize(0, 0);
        getChildren().addAll(plot, note);
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        double noteH = note.prefHeight(w);
        boolean shown = noteWanted && h - noteH - GAP >= MIN_PLOT_EM * Themes.fontPx();
        note.setVisible(shown);
        double plotH = shown ? h - noteH - GAP : h;
        plot.resizeRelocate(0, 0, w, plotH);
        if (shown) {
            note.resizeRelocate(0, plotH + GAP, w, noteH);
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return plot.prefWidth(-1);
    }

    @Override
    protected double computePrefHeight(double width) {
        return plot.prefHeight(-1) + GAP + note.prefHeight(width);
    }

    /**
     * Presenting gives the room to the plot: the story's words say what it shows, and the line's
     * words stay in the tooltip and the accessible help.
     */
    void setNoteShown(boolean on) {
        noteWanted = on;
        requestLayout();
    }

    /** The words under the plot (for tests). */
    String noteText() {
        return note.getText();
    }
}
