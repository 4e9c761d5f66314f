package org.crepituslab.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crepituslab.app.LayoutInspector.Finding;
import org.crepituslab.app.Screens;
import org.crepituslab.app.cli.LayoutCheckCommand;
import org.crepituslab.framework.Theme;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every screen on the projectors classrooms really have: 1024×768, 1280×720, 1280×800, 1366×768 and
 * 1920×1080, at 100, 150 and 200 % text, default and projector theme, working and presenting (every
 * story step): no text clipped, overlapping or off the window, and in presenting the drawing, a
 * graph, the story's words and the key readouts visible without scrolling.
 */
class LayoutGridTest {
    private static final int[][] SIZES = {{1024, 768}, {1280, 720}, {1280, 800}, {1366, 768}, {1920, 1080}};
    private static final double[] SCALES = {1.0, 1.5, 2.0};

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void everyScreenHoldsOnEveryClassroomSetting() throws Exception {
        List<String> problems = new ArrayList<>();
        for (int[] size : SIZES) {
            for (double scale : SCALES) {
                for (Theme theme : Theme.values()) {
                    for (boolean present : new boolean[] {false, true}) {
                        for (String id : Screens.ids()) {
                            List<Finding> found = WaitForAsyncUtils.asyncFx(() ->
                                    LayoutCheckCommand.check(id, size[0], size[1], scale, theme, present)).get();
                            String setting = String.format(Locale.ROOT, "%dx%d %.0f%% %s%s", size[0], size[1],
                                    scale * 100, theme.id(), present ? " presenting" : "");
                            found.forEach(f -> problems.add(setting + " " + id + ": " + f));
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }
}
