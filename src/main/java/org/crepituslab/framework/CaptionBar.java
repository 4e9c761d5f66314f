package org.crepituslab.framework;

import javafx.animation.PauseTransition;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.util.Duration;

/**
 * The live caption line: every sound the app makes and every important state change is written
 * here, so nothing is carried by sound alone. It is also the accessible live region: screen
 * readers are told when its text changes.
 */
public final class CaptionBar extends HBox {
    private final Label text = new Label();
    private final Label notice = new Label();
    private final PauseTransition fade = new PauseTransition(Duration.seconds(6));

    public CaptionBar() {
        getStyleClass().add("caption-bar");
        text.getStyleClass().add("caption-text");
        text.setWrapText(true);
        text.setId("caption");
        text.setAccessibleRole(AccessibleRole.TEXT);
        notice.getStyleClass().add("muted");
        notice.setWrapText(true);
        setSpacing(12);
        getChildren().addAll(text, notice);
        fade.setOnFinished(e -> text.setText(""));
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
    }

    public String caption() {
        return text.getText();
    }

    public String noticeText() {
        return notice.getText();
    }
}
