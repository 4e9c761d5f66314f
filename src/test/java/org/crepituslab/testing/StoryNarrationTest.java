package org.crepituslab.testing;

import static org.crepituslab.testing.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.crepituslab.app.Screens;
import org.crepituslab.framework.Screen;
import org.crepituslab.framework.SimModel;
import org.crepituslab.framework.Expect;
import org.crepituslab.framework.StoryStep;
import org.crepituslab.testing.CliRun.Result;
import org.junit.jupiter.api.Test;

/**
 * Every presenting story says only what its model is doing: each step's claims hold on the model's
 * readouts after the step is set up, the same whether reached forwards or by going back, and each
 * step has its words in English and Spanish.
 */
class StoryNarrationTest {
    @Test
    void everyStepsWordsMatchItsReadouts() {
        int screens = 0;
        for (Screen<?> s : Screens.all()) {
            if (!s.story().isEmpty()) {
                check(s);
                screens++;
            }
        }
        assertTrue(screens >= 1, "at least the facet screen tells a story");
    }

    private static <M extends SimModel> void check(Screen<M> screen) {
        List<StoryStep<M>> steps = screen.story();
        M forwards = screen.createModel();
        List<String> broken = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            StoryStep<M> step = steps.get(i);
            step.scene().accept(forwards);
            for (Expect e : step.claims()) {
                if (!e.holds(forwards)) {
                    broken.add(screen.id() + " step " + (i + 1) + " (" + step.id() + "): claims " + e + " but "
                            + e.readout() + " = " + forwards.readout(e.readout()));
                }
            }
            M replayed = screen.createModel();
            StoryStep.setUp(replayed, steps, i);
            for (Expect e : step.claims()) {
                assertEquals(forwards.readout(e.readout()), replayed.readout(e.readout()), 1e-9,
                        screen.id() + " step " + step.id() + ": going back lands in the same state");
            }
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void everyStepHasItsWordsInEnglishAndSpanish() {
        for (Screen<?> s : Screens.all()) {
            for (Locale l : List.of(Locale.ROOT, Locale.forLanguageTag("es"))) {
                ResourceBundle b = ResourceBundle.getBundle(s.bundle(), l);
                for (StoryStep<?> step : s.story()) {
                    assertTrue(b.containsKey(step.titleKey()) && b.containsKey(step.textKey()),
                            s.id() + " " + step.id() + " has no words in " + l);
                }
            }
        }
    }

    @Test
    void theStoryCommandWritesEachStepsReadouts() {
        Result r = run("story", "--screen=facet");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("step,id,readout,value", lines.get(0));
        List<String> ids = lines.stream().skip(1).map(l -> l.split(",")[1]).distinct().toList();
        assertEquals(List.of("rest", "stretch", "pressure-drop", "pop", "refractory", "ready"), ids);
        assertTrue(lines.contains("4,pop,pops,1"), "the pop step has popped");
        assertFalse(r.out().isEmpty());
        assertEquals(2, run("story", "--screen=nowhere").code());
        assertEquals(2, run("story", "--screen=learn").code(), "Learn has no story");
    }
}
