package org.crepituslab.facet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.crepituslab.facet.model.BubbleDissolution;
import org.crepituslab.facet.model.FacetConstants;
import org.crepituslab.facet.model.GasSpecies;
import org.crepituslab.framework.validation.Comparison;
import org.junit.jupiter.api.Test;

class LeftoverBubbleValidationTest {

    @Test
    void theIntervalOfTwelveInEighteenIsWilsons() {
        double[] ci = LeftoverBubbleValidation.wilson(12, 18);
        assertEquals(0.4375, ci[0], 5e-4);
        assertEquals(0.8372, ci[1], 5e-4);
        assertEquals(0.5, LeftoverBubbleValidation.normalCdf(0), 1e-7);
        assertEquals(0.975, LeftoverBubbleValidation.normalCdf(1.959964), 1e-6);
        assertEquals(0.025, LeftoverBubbleValidation.normalCdf(-1.959964), 1e-6);
    }

    @Test
    void aBubbleDissolvesFasterTheMoreItsFluidIsStirredAndNeverInStillFluidWithinMinutes() {
        double[] bubble = new double[GasSpecies.COUNT];
        double[] dissolved = new double[GasSpecies.COUNT];
        double resting = 0;
        for (GasSpecies g : GasSpecies.values()) {
            dissolved[g.ordinal()] = 0.9 * g.restingAmount();
            bubble[g.ordinal()] = 0.1 * g.restingAmount();
            resting += g.restingAmount();
        }
        BubbleDissolution base = new BubbleDissolution(bubble, dissolved, 2, FacetConstants.FLUID_VOLUME, 0, 1);
        double still = LeftoverBubbleValidation.refractory(base, 0, resting);
        double some = LeftoverBubbleValidation.refractory(base, 10, resting);
        double much = LeftoverBubbleValidation.refractory(base, 1000, resting);
        assertTrue(much < some && some < still, much + " < " + some + " < " + still);
        assertTrue(LeftoverBubbleValidation.radiusAt(base, 1000, 60) < LeftoverBubbleValidation.radiusAt(base, 0, 60));
        assertEquals(0.1 * resting, base.gas(), 1e-9 * resting, "the projection copies, never moves the start");
        BubbleDissolution timed = base.withShearRate(10);
        timed.advance(123.4);
        assertEquals(123.4, timed.elapsed(), 1e-6, "advance lands on the time asked for");
    }

    @Test
    void theRowsOfTheLeftoverBubbleSayWhatIsChosenAndPass() {
        List<Comparison> rows = PopValidation.run();
        Comparison refractory = rows.stream().filter(r -> r.quantity().startsWith("refractory")).findFirst().orElseThrow();
        Comparison jones = rows.stream().filter(r -> r.source().startsWith("Jones")).findFirst().orElseThrow();
        assertTrue(refractory.pass() && jones.pass(), refractory + "\n" + jones);
        assertTrue(refractory.note().contains("modelling choice") && refractory.note().contains("still fluid")
                && refractory.note().contains("lying still"),
                refractory.note());
        assertTrue(jones.note().contains("modelling choice"), jones.note());
        for (Comparison r : rows) {
            assertTrue(r.pass(), r.toString());
        }
    }
}
