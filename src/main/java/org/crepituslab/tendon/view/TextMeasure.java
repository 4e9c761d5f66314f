package org.crepituslab.tendon.view;

import javafx.scene.text.Font;
import javafx.scene.text.Text;

/** Text widths for Canvas layout (Canvas cannot measure text itself). FX thread only. */
final class TextMeasure {
    private static final Text TEXT = new Text();

    private TextMeasure() {
    }

    static double width(String s, Font font) {
        TEXT.setText(s);
        TEXT.setFont(font);
        return TEXT.getLayoutBounds().getWidth();
    }
}
