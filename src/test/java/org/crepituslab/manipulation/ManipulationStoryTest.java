package org.crepituslab.manipulation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.crepituslab.framework.StoryStep;
import org.junit.jupiter.api.Test;

/**
 * The story's scenes in their order. That every scene makes its words true, forwards and going
 * back, and has its words in both languages is checked for every screen by StoryNarrationTest.
 */
class ManipulationStoryTest {
    @Test
    void theScenesComeInTheirOrder() {
        assertEquals(List.of("spine", "thrust", "again", "self-twist", "weeks", "instability", "safer"),
                new ManipulationScreen().story().stream().map(StoryStep::id).toList());
    }
}
