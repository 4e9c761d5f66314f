package org.crepituslab.framework.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.crepituslab.framework.CanvasPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class HorizontalBarsTest {
    @Start
    void start(Stage stage) {
        // text is measured, so the toolkit must run
    }

    @Test
    void aLabelThatFitsIsKeptAndALongOneEndsInAnEllipsisWithinItsColumn() {
        Font font = CanvasPane.font(1);
        assertEquals("Gases", HorizontalBars.fit("Gases", font, 1000));
        String label = "Crepitus, osteoarthritis and bone spurs";
        String cut = HorizontalBars.fit(label, font, 100);
        assertTrue(cut.endsWith("\u2026"), cut);
        assertTrue(label.startsWith(cut.substring(0, cut.length() - 1)), cut);
        assertTrue(CanvasPane.textWidth(cut, font) <= 100, cut);
    }
}
