package org.crepituslab.tendon.view;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.crepituslab.framework.CanvasPane;
import org.crepituslab.framework.Strings;

/**
 * A plot with its key in words: the legend on the plot only names its lines, so a short line under
 * the plot says what they mean, and a tooltip on the plot (and on that line) explains each legend
 * item at length. The same words are the plot's accessible help.
 */
final class PlotKey extends VBox {
    private final Label note;

    /** @param keyPrefix bundle prefix: {@code <prefix>.key} is the short line, {@code <prefix>.key.long} the tooltip */
    PlotKey(CanvasPane plot, String keyPrefix) {
        note = new Label(Strings.get(keyPrefix + ".key"));
        note.setId(plot.getId() + "-key");
        note.getStyleClass().addAll("muted", "plot-key");
        note.setWrapText(true);
        // the line wraps instead of being cut off; the plot gives up the height it needs
        note.setMinHeight(Region.USE_PREF_SIZE);
        note.setMaxWidth(Double.MAX_VALUE);
        Tooltip details = new Tooltip(Strings.get(keyPrefix + ".key.long"));
        details.setWrapText(true);
        details.setMaxWidth(520);
        details.setShowDuration(Duration.seconds(30));
        details.setShowDelay(Duration.millis(300));
        Tooltip.install(plot, details);
        note.setTooltip(details);
        plot.setAccessibleHelp(Strings.get(keyPrefix + ".key.long"));
        setSpacing(2);
        setMinSize(0, 0);
        getChildren().addAll(plot, note);
        VBox.setVgrow(plot, Priority.ALWAYS);
    }

    /**
     * Presenting gives the room to the plot: the story's words say what it shows, and the line's
     * words stay in the tooltip and the accessible help.
     */
    void setNoteShown(boolean on) {
        note.setVisible(on);
        note.setManaged(on);
    }

    /** The words under the plot (for tests). */
    String noteText() {
        return note.getText();
    }
}
