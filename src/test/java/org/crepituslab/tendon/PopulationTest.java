package org.crepituslab.tendon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.crepituslab.tendon.model.Anatomy;
import org.crepituslab.tendon.model.Person;
import org.crepituslab.tendon.model.Population;
import org.crepituslab.tendon.model.PopulationProfile;
import org.crepituslab.tendon.model.SnapScreening;
import org.crepituslab.tendon.model.SnapThreshold;
import org.crepituslab.tendon.model.TendonConstants;
import org.crepituslab.tendon.model.TendonModel;
import org.junit.jupiter.api.Test;

/** Simulated populations: prevalence near the published figures, repeatable draws, the default user. */
class PopulationTest {

    @Test
    void theGeneralPopulationSnapsAboutAsOftenAsReported() {
        double p = Population.prevalence(Population.simulate(PopulationProfile.GENERAL, 1500, 3));
        assertTrue(p >= 0.04 && p <= 0.12, "general prevalence " + p);
    }

    @Test
    void dancersSnapFarMoreOften() {
        double p = Population.prevalence(Population.simulate(PopulationProfile.DANCERS, 300, 3));
        assertTrue(p > 0.6, "dancers' prevalence " + p);
    }

    @Test
    void theQuickVerdictAgreesWithTheFullScreening() {
        SplittableRandom random = new SplittableRandom(5);
        int snapping = 0;
        for (int i = 0; i < 40; i++) {
            Anatomy a = PopulationProfile.GENERAL.drawAnatomy(random);
            double tightness = 0.5 + 0.5 * random.nextDouble();
            boolean full = SnapScreening.of(a, tightness).snaps();
            assertEquals(full, SnapScreening.snapsAtAll(a, tightness), "hip " + i);
            snapping += full ? 1 : 0;
        }
        assertTrue(snapping > 0 && snapping < 40, "the sample holds both verdicts: " + snapping);
    }

    @Test
    void theSameSeedDrawsTheSamePeople() {
        List<Population.Member> a = Population.simulate(PopulationProfile.SITTING, 20, 11);
        List<Population.Member> b = Population.simulate(PopulationProfile.SITTING, 20, 11);
        assertEquals(a, b);
        assertTrue(!a.equals(Population.simulate(PopulationProfile.SITTING, 20, 12)));
    }

    @Test
    void theDefaultUserIsNotACertainSnapper() {
        TendonModel m = new TendonModel();
        assertEquals(TendonConstants.DEFAULT_SITTING_HOURS, m.readout("sittingHours"), 1e-9);
        assertEquals(0, SnapScreening.of(Anatomy.TYPICAL, m.tightnessProperty().get()).manoeuvreSnaps(),
                "the typical hip does not snap after a default desk day");
        double share = m.readout("populationPrevalence");
        assertTrue(share > 0 && share < 0.3, "some but few people snap at 8 h: " + share);
        m.setParameter("sittingHours", 12);
        assertTrue(m.readout("populationPrevalence") > 0.8, "most people snap at 12 h");
        assertTrue(m.sittingPercentile() > 0.9);
    }

    @Test
    void aHipWhoseRidgeCannotFoldIsNotSimulatedAndDoesNotSnap() {
        Anatomy low = new Anatomy(1, 0.1, Anatomy.TYPICAL.crestHipRad(), Anatomy.TYPICAL.flexionMaxRad());
        assertTrue(Double.isInfinite(SnapThreshold.foldTightness(low)));
        assertEquals(new SnapScreening(0, 0, 0), SnapScreening.of(new Person(16, low)));
    }

    @Test
    void profilesDrawDifferentPeople() {
        SplittableRandom r = new SplittableRandom(5);
        double general = 0;
        double sitting = 0;
        double dancerFlexion = 0;
        for (int i = 0; i < 400; i++) {
            general += PopulationProfile.GENERAL.draw(r).sittingHours();
            sitting += PopulationProfile.SITTING.draw(r).sittingHours();
            dancerFlexion += Math.toDegrees(PopulationProfile.DANCERS.draw(r).anatomy().flexionMaxRad());
        }
        assertEquals(5.2, general / 400, 0.5, "median 5 h, log-normal");
        assertTrue(sitting / 400 > 9);
        assertEquals(115, dancerFlexion / 400, 3);
        assertEquals(0.5, PopulationProfile.GENERAL.sittingPercentile(5), 1e-6);
    }
}
