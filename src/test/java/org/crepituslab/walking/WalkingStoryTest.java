package org.crepituslab.walking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.crepituslab.framework.Expect;
import org.crepituslab.framework.StoryStep;
import org.crepituslab.walking.model.WalkingModel;
import org.junit.jupiter.api.Test;

/** Every scene of the walking story makes its words true, and every step has its words in both languages. */
class WalkingStoryTest {
    private final WalkingScreen screen = new WalkingScreen();

    @Test
    void everyStepsClaimsHold() {
        List<StoryStep<WalkingModel>> story = screen.story();
        assertEquals(List.of("normal", "sitting", "snap", "pop", "click", "help", "professional"),
                story.stream().map(StoryStep::id).toList());
        for (int i = 0; i < story.size(); i++) {
            WalkingModel m = screen.createModel();
            StoryStep.setUp(m, story, i);
            for (Expect e : story.get(i).claims()) {
                assertTrue(e.holds(m), story.get(i).id() + ": " + e + " (is " + m.readout(e.readout()) + ")");
            }
        }
    }

    @Test
    void everyStepHasItsWords() {
        for (Locale locale : List.of(Locale.ROOT, Locale.forLanguageTag("es"))) {
            ResourceBundle b = ResourceBundle.getBundle(screen.bundle(), locale);
            for (StoryStep<WalkingModel> s : screen.story()) {
                assertTrue(b.containsKey(s.titleKey()) && b.containsKey(s.textKey()), s.id() + " " + locale);
            }
        }
    }
}
