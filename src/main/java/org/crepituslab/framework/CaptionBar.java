package org.crepituslab.framework;

import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/**
 * The live caption line: every sound the app makes and every important state change is written
 * here, so nothing is carried by sound alone. It is also the accessible live region: screen
 * readers are told when its text changes. The caption takes the width and at most
 * {@value #MAX_LINES} lines (then ends with an ellipsis); a lasting notice (e.g. no audio device)
 * sits at the right on one line and never squeezes the caption into a narrow column, nor the
 * caption it. The bar never grows over the simulation.
 */
public final class CaptionBar extends BorderPane {
    /** At 200 % text a caption may wrap; beyond this many lines it is cut with an ellipsis. */
    public static final int MAX_LINES = 3;
    /** The notice never takes more than this share of the bar's width. */
    private static final double NOTICE_SHARE = 0.35;
    private final Label text = new Label();
    private final Label notice = new Label();
    private final PauseTransition fade = new PauseTransition(Duration.seconds(6));

    public CaptionBar() {
        getStyleClass().add("caption-bar");
        text.getStyleClass().add("caption-text");
        text.setWrapText(true);
        text.setTextOverrun(OverrunStyle.ELLIPSIS);
        text.setId("caption");
        text.setAccessibleRole(AccessibleRole.TEXT);
        text.setMinWidth(0);
        text.setMaxWidth(Double.MAX_VALUE);
        // at most MAX_LINES lines of the caption's own font, whatever the text scale
        text.fontProperty().addListener((o, a, f) -> capHeight());
        capHeight();
        notice.getStyleClass().add("muted");
        notice.setId("caption-notice");
        notice.setWrapText(false);
        notice.setTextOverrun(OverrunStyle.ELLIPSIS);
        notice.setMinWidth(0);
        notice.maxWidthProperty().bind(widthProperty().multiply(NOTICE_SHARE));
        setCenter(text);
        setRight(notice);
        BorderPane.setMargin(notice, new Insets(0, 0, 0, 12));
        setMinHeight(Region.USE_PREF_SIZE);
        fade.setOnFinished(e -> text.setText(""));
    }

    private void capHeight() {
        double line = text.getFont().getSize() * 1.35;
        text.setMaxHeight(line * MAX_LINES);
        text.setMinHeight(line);
    }

    /** Shows a caption and announces it; it clears itself after a few seconds. */
    public void show(String caption) {
        text.setText(caption);
        text.setAccessibleText(caption);
        text.notifyAccessibleAttributeChanged(AccessibleAttribute.TEXT);
        fade.playFromStart();
    }

    /** A lasting one-line notice, e.g. "No audio device: sounds are shown as captions." */
    public void setNotice(String message) {
        notice.setText(message == null ? "" : message);
        notice.setTooltip(message == null || message.isEmpty() ? null : new Tooltip(message));
    }

    public String caption() {
        return text.getText();
    }

    public String noticeText() {
        return notice.getText();
    }
}
