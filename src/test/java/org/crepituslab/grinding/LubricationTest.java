package org.crepituslab.grinding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.crepituslab.grinding.model.Lubrication;
import org.crepituslab.grinding.model.WearStage;
import org.junit.jupiter.api.Test;

/** The wear → lubrication relations against SCIENCE.md (Krishnan 2004, Caligaris 2009). */
class LubricationTest {
    @Test
    void healthyFrictionIsInTheMeasuredRange() {
        double mu = Lubrication.kineticFriction(0);
        assertTrue(mu >= 0.002 && mu <= 0.025, "healthy μ " + mu);
    }

    @Test
    void withFluidSupportLostFrictionReachesTheEquilibriumValue() {
        assertEquals(0, Lubrication.fluidLoadFraction(1), 1e-12);
        double mu = Lubrication.kineticFriction(1);
        assertTrue(mu >= 0.24 && mu <= 0.28, "μ without fluid support " + mu);
        assertEquals(0.28, mu, 1e-12);
    }

    @Test
    void frictionFollowsFluidSupportByTheBiphasicLaw() {
        for (double w = 0; w <= 1; w += 0.1) {
            assertEquals(0.28 * (1 - Lubrication.fluidLoadFraction(w)), Lubrication.kineticFriction(w), 1e-12);
            assertTrue(Lubrication.staticFriction(w) >= Lubrication.kineticFriction(w));
        }
    }

    @Test
    void earlyWearRoughensTheSurfaceButBarelyRaisesFriction() {
        double healthy = Lubrication.kineticFriction(0);
        double early = Lubrication.kineticFriction(0.4);
        assertTrue(early < 1.6 * healthy, "early OA μ " + early + " vs healthy " + healthy);
        double roughHealthy = Lubrication.roughness(0);
        double roughEarly = Lubrication.roughness(0.4);
        double roughWorn = Lubrication.roughness(1);
        assertTrue(roughEarly - roughHealthy > 0.5 * (roughWorn - roughHealthy), "early wear is already rough");
    }

    @Test
    void frictionAndRoughnessRiseAndCartilageThinsMonotonically() {
        double mu = -1;
        double rough = -1;
        double thick = Double.MAX_VALUE;
        for (double w = 0; w <= 1.0001; w += 0.05) {
            assertTrue(Lubrication.kineticFriction(w) >= mu);
            assertTrue(Lubrication.roughness(w) >= rough);
            assertTrue(Lubrication.cartilageThickness(w) <= thick);
            mu = Lubrication.kineticFriction(w);
            rough = Lubrication.roughness(w);
            thick = Lubrication.cartilageThickness(w);
        }
        assertEquals(0.8e-3, Lubrication.cartilageThickness(0), 1e-15);
        assertEquals(0, Lubrication.cartilageThickness(1), 1e-15);
    }

    @Test
    void stagesUseTheSeedsWords() {
        assertEquals(WearStage.HEALTHY, WearStage.of(0));
        assertEquals(WearStage.EARLY_OSTEOARTHRITIS, WearStage.of(0.4));
        assertEquals(WearStage.ADVANCED_OSTEOARTHRITIS, WearStage.of(1));
    }
}
