package org.crepituslab.walking.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.crepituslab.facet.model.FacetConstants;
import org.crepituslab.facet.model.JointMechanics;
import org.crepituslab.facet.model.JointModel;
import org.crepituslab.facet.model.Side;
import org.crepituslab.tendon.model.FoldAnalysis;
import org.crepituslab.tendon.model.Landscape;
import org.junit.jupiter.api.Test;

/** The walk's snaps are the tendon screen's and its pops the facet screen's: same thresholds, angles, energies, periods. */
class CompositionTest {
    @Test
    void snapAnglesAreTheTendonModelsFoldAnglesAtTheWalkersTilt() {
        Causes c = Causes.DEFAULT.withTightness(0.9);
        WalkingModel m = new WalkingModel();
        m.setCauses(c);
        FoldAnalysis fold = FoldAnalysis.of(0.9, Math.toRadians(GaitKinematics.baseTilt(c)));
        assertEquals(Math.toDegrees(fold.flexingAngleRad()), m.tendon(Side.RIGHT).snapAngleFlexing(), 1e-9);
        assertEquals(Math.toDegrees(fold.extendingAngleRad()), m.tendon(Side.LEFT).snapAngleExtending(), 1e-9);
    }

    @Test
    void snapEnergyAndPitchAreTheTendonLandscapes() {
        WalkingModel m = new WalkingModel(2);
        m.setCauses(Causes.DEFAULT.withTightness(0.9));
        List<GaitEvent> snaps = new ArrayList<>();
        m.addListener(e -> {
            if (e.kind() == GaitEvent.Kind.SNAP) {
                snaps.add(e);
            }
        });
        m.step(5 * GaitKinematics.strideTime(Causes.SPEED_NORMAL));
        Landscape l = new Landscape(0.9);
        double atFold = l.releasedEnergyAtFold(1);
        assertTrue(snaps.size() >= 16, "snaps " + snaps.size());
        for (GaitEvent e : snaps) {
            // a sub-step past the fold releases a little more than exactly at it
            assertEquals(atFold, e.energy(), 0.1 * atFold, "energy of " + e);
            assertTrue(e.pitchHz() > 40 && e.pitchHz() < 300, "thud pitch " + e.pitchHz());
        }
    }

    @Test
    void snapsStartAtTheTendonModelsFoldThreshold() {
        double threshold = Landscape.foldThresholdTightness();
        assertEquals(0, WalkingModelTest.walk(Causes.DEFAULT.withTightness(threshold - 0.01), 20, 4).snaps());
        assertTrue(WalkingModelTest.walk(Causes.DEFAULT.withTightness(threshold + 0.05), 20, 4).snaps() >= 4 * 19);
    }

    @Test
    void refractoryPeriodIsTheFacetModelsPrediction() {
        JointModel joint = new JointModel();
        joint.startStandardStretch();
        double popAt = Double.NaN;
        for (int i = 0; i < 300 && joint.isStretchProgramRunning(); i++) {
            joint.step(0.01);
            if (Double.isNaN(popAt) && joint.readout("pops") >= 1) {
                popAt = joint.readout("time_s");
            }
        }
        assertTrue(popAt >= 0, "the facet joint pops under its standard stretch");
        double predicted = joint.readout("time_s") - popAt + 60 * joint.readout("refractoryRemaining_min");
        WalkingModel m = new WalkingModel();
        assertEquals(predicted, m.refractoryPeriod(), 2.0, "walking keeps the facet model's refractory period");
        assertTrue(m.refractoryPeriod() > 15 * 60 && m.refractoryPeriod() < 25 * 60, "about 20 minutes");
    }

    @Test
    void aJointPopsWhenItsGappingReachesTheFacetThreshold() {
        assertEquals(JointMechanics.pullForPressure(FacetConstants.NUCLEATION_THRESHOLD), FacetRefractory.popPull(), 1e-15);
        WalkingModel m = new WalkingModel(7);
        m.setCauses(Causes.DEFAULT.withCore(0).withTightness(0.8));
        List<String> wrong = new ArrayList<>();
        int[] pops = {0};
        m.addListener(e -> {
            if (e.kind() == GaitEvent.Kind.POP) {
                pops[0]++;
                double gap = m.facetGapping(e.level(), e.side());
                if (gap < FacetRefractory.popPull()) {
                    wrong.add(e.location() + " popped at a gap of " + gap + " m");
                }
                if (Math.abs(e.energy() - FacetRefractory.popEnergy()) > 1e-12) {
                    wrong.add("energy " + e.energy());
                }
            }
        });
        m.step(600);
        assertTrue(pops[0] >= 2, "pops " + pops[0]);
        assertEquals(List.of(), wrong);
        double strain = 0.5 * JointMechanics.COMPLIANCE_SUCTION * FacetConstants.NUCLEATION_THRESHOLD
                * FacetConstants.NUCLEATION_THRESHOLD;
        assertEquals(strain, FacetRefractory.popEnergy(), 1e-15);
    }

    @Test
    void aWeakCorePopsMoreThanAFullOne() {
        long weak = WalkingModelTest.walk(Causes.DEFAULT.withCore(0), 1000, 21).pops();
        long full = WalkingModelTest.walk(Causes.DEFAULT.withCore(1), 1000, 21).pops();
        assertTrue(weak > full, weak + " vs " + full);
    }
}
