package org.crepituslab.manipulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.crepituslab.framework.Expect;
import org.crepituslab.framework.StoryStep;
import org.crepituslab.manipulation.model.ManipulationModel;
import org.junit.jupiter.api.Test;

/** Every scene of the manipulation story makes its words true, and every step has its words in both languages. */
class ManipulationStoryTest {
    private final ManipulationScreen screen = new ManipulationScreen();

    @Test
    void everyStepsClaimsHold() {
        List<StoryStep<ManipulationModel>> story = screen.story();
        assertEquals(List.of("spine", "thrust", "again", "self-twist", "weeks", "instability", "safer"),
                story.stream().map(StoryStep::id).toList());
        for (int i = 0; i < story.size(); i++) {
            ManipulationModel m = screen.createModel();
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
            for (StoryStep<ManipulationModel> s : screen.story()) {
                assertTrue(b.containsKey(s.titleKey()) && b.containsKey(s.textKey()), s.id() + " " + locale);
            }
        }
    }
}
