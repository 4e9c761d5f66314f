package org.crepituslab.framework.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.paint.Color;
import javafx.stage.Stage;
import java.util.concurrent.ExecutionException;
import org.testfx.util.WaitForAsyncUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Legend layout; text is measured, so the toolkit runs. */
@ExtendWith(ApplicationExtension.class)
class LegendTest {
    @Start
    void start(Stage stage) {
        // the toolkit is all these tests need
    }

    private static Legend threeEntries() {
        return new Legend(0.8).add("flexing", Color.BLUE, Legend.Swatch.LINE)
                .addOptional("valley floor", Color.GRAY, Legend.Swatch.LINE)
                .addOptional("hill top", Color.GRAY, new Legend.Swatch(1.5, 3, 3));
    }

    @Test
    void flowsIntoAsManyRowsAsTheWidthNeeds() throws Exception {
        onFx(() -> {
            assertEquals(1, threeEntries().rows(10_000));
            assertEquals(3, threeEntries().rows(1));
            assertEquals(0, new Legend(0.8).rows(100));
        });
    }

    @Test
    void aCapOnRowsLeavesTheRestOut() throws Exception {
        onFx(() -> {
            assertEquals(1, threeEntries().maxRows(1).rows(1));
        });
    }

    @Test
    void essentialsDropTheOptionalEntries() throws Exception {
        onFx(() -> {
            assertEquals(1, threeEntries().essentials().rows(1));
        });
    }

    @Test
    void placingShedsOptionalEntriesThenGoesInsideThePlot() throws Exception {
        onFx(() -> {
            // each legend row takes 30 px from a 100 px plot
            Legend.Placed roomy = threeEntries().place(rows -> area(100 - rows * 30), 10_000, 50);
            assertFalse(roomy.inside());
            assertEquals(70, roomy.area().height(), 1e-9);

            Legend.Placed narrow = threeEntries().place(rows -> area(100 - rows * 30), 1, 50);
            assertFalse(narrow.inside());
            assertEquals(70, narrow.area().height(), 1e-9, "only the one essential entry is left, in one row");

            Legend.Placed cramped = threeEntries().place(rows -> area(100 - rows * 30), 1, 90);
            assertTrue(cramped.inside());
            assertEquals(100, cramped.area().height(), 1e-9);
        });
    }

    private static PlotArea area(double height) {
        return new PlotArea(0, 0, 200, height, 0, 1, 0, 1);
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
