package org.crepituslab.framework;

import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;

/**
 * Makes each radio button of a vertical group answer clicks on its own row only. JFoenix draws a
 * 42 px ripple circle round each 16 px row, and a later sibling's ripple node sits on top of the
 * lower half of the row above (both the ripple node and the control itself, which picks on bounds
 * that include the ripple's overflow), so a click there selected the wrong choice. With picking on
 * bounds off and the ripple mouse-transparent, the mark and the text take the clicks; the ripple
 * still shows.
 */
public final class RadioRows {
    private RadioRows() {
    }

    public static void clickOwnRowOnly(ToggleGroup group) {
        for (Toggle t : group.getToggles()) {
            if (t instanceof Control c) {
                c.setPickOnBounds(false);
                c.skinProperty().addListener((o, a, b) -> quietRipples(c));
                quietRipples(c);
            }
        }
    }

    private static void quietRipples(Control c) {
        for (Node n : c.getChildrenUnmodifiable()) {
            if (n.getStyleClass().contains("jfx-rippler")) {
                n.setMouseTransparent(true);
            }
        }
    }
}
