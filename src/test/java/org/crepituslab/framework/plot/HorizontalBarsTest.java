package org.crepituslab.framework.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.crepituslab.framework.CanvasPane;
import java.util.concurrent.ExecutionException;
import org.testfx.util.WaitForAsyncUtils;
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
    void aLabelThatFitsIsKeptAndALongOneEndsInAnEllipsisWithinItsColumn() throws Exception {
        onFx(() -> {
            Font font = CanvasPane.font(1);
            assertEquals("Gases", HorizontalBars.fit("Gases", font, 1000));
            String label = "Crepitus, osteoarthritis and bone spurs";
            String cut = HorizontalBars.fit(label, font, 100);
            assertTrue(cut.endsWith("\u2026"), cut);
            assertTrue(label.startsWith(cut.substring(0, cut.length() - 1)), cut);
            assertTrue(CanvasPane.textWidth(cut, font) <= 100, cut);
        });
    }

    /**
     * Text is measured with the toolkit's shared layout, which only the FX thread may use: on any
     * other thread it races with the FX thread's own drawing (a flaky NullPointerException).
     */
    private static void onFx(Runnable body) throws Exception {
        try {
            WaitForAsyncUtils.asyncFx(body).get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
