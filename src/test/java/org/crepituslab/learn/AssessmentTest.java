package org.crepituslab.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.crepituslab.learn.model.Assessment;
import org.crepituslab.learn.model.Concern;
import org.crepituslab.learn.model.LearnModel;
import org.crepituslab.learn.model.Observation;
import org.junit.jupiter.api.Test;

class AssessmentTest {
    @Test
    void nothingTickedHasNoVerdict() {
        assertTrue(Assessment.of(Set.of()).isEmpty());
    }

    @Test
    void everyItemAloneGivesItsOwnLevel() {
        for (Observation o : Observation.values()) {
            Assessment a = Assessment.of(Set.of(o));
            assertEquals(o.concern(), a.overall(), o.name());
        }
    }

    @Test
    void seedLevelsAreHonoured() {
        assertEquals(Concern.BENIGN, Observation.PAINLESS_POP.concern());
        assertEquals(Concern.WARNING, Observation.NERVE.concern());
        assertEquals(Concern.WARNING, Observation.GRINDING.concern());
        assertEquals(Concern.WARNING, Observation.TRAUMA.concern());
        assertEquals(Concern.EMERGENCY, Observation.BOWEL_BLADDER.concern());
        assertEquals(1, EnumSet.allOf(Observation.class).stream()
                .filter(o -> o.concern() == Concern.EMERGENCY).count(), "one emergency, as in the seeds");
    }

    @Test
    void theWorstTickedItemDecidesAndAllAreExplained() {
        Assessment a = Assessment.of(Set.of(Observation.PAINLESS_POP, Observation.PAIN, Observation.BOWEL_BLADDER));
        assertEquals(Concern.EMERGENCY, a.overall());
        assertEquals(1, a.emergency().size());
        assertEquals(1, a.warnings().size());
        assertEquals(1, a.benign().size());
        assertTrue(a.reassuring().isEmpty(), "nothing is called harmless beside an emergency");
        assertTrue(a.benignHeldBack());
        assertEquals(List.of(Observation.PAINLESS_POP), Assessment.of(Set.of(Observation.PAINLESS_POP)).reassuring());
    }

    @Test
    void modelTracksTicksAndResets() {
        LearnModel m = new LearnModel();
        m.setTicked(Observation.PAIN, true);
        assertEquals(Concern.WARNING, m.assessmentProperty().get().overall());
        m.reset();
        assertTrue(m.assessmentProperty().get().isEmpty());
        assertTrue(!m.isTicked(Observation.PAIN));
    }
}
