package org.crepituslab.tendon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.crepituslab.tendon.model.Anatomy;
import org.crepituslab.tendon.model.FoldAnalysis;
import org.crepituslab.tendon.model.Landscape;
import org.crepituslab.tendon.model.TendonConstants;
import org.junit.jupiter.api.Test;

/** The potential's analytic structure: threshold, folds, wells and released energy. No toolkit. */
class LandscapeTest {
    private static final double W = TendonConstants.RIDGE_HALF_WIDTH_M;

    @Test
    void thresholdIsWhereTheRidgeCurvatureEqualsTheCouplingStiffness() {
        double t = Landscape.foldThresholdTightness();
        assertEquals(0.75, t, 1e-3, "the tissue stiffness is chosen for a threshold at 0.75");
        Landscape at = new Landscape(t);
        assertEquals(1.0, at.ratio(), 1e-9);
        // the crest's curvature changes sign exactly there
        assertTrue(new Landscape(t - 0.01).curvature(0) > 0);
        assertTrue(new Landscape(t + 0.01).curvature(0) < 0);
        assertFalse(new Landscape(t - 0.01).isBistable());
        assertTrue(new Landscape(t + 0.01).isBistable());
    }

    @Test
    void belowTheThresholdThereIsOneConvexWellAndNoFold() {
        for (double t = 0; t < Landscape.foldThresholdTightness(); t += 0.05) {
            Landscape l = new Landscape(t);
            for (double x = -10 * W; x <= 10 * W; x += W / 20) {
                assertTrue(l.curvature(x) > 0, "convex at tightness " + t + ", x " + x);
            }
            assertTrue(Double.isNaN(l.foldRestPath(-1)));
            assertEquals(0, l.releasedEnergyAtFold(-1));
            assertFalse(FoldAnalysis.of(t, 0).snaps());
        }
    }

    @Test
    void foldPointsSatisfyBothFoldConditions() {
        for (double t : new double[] {0.8, 0.9, 1.0}) {
            Landscape l = new Landscape(t);
            for (int side : new int[] {-1, 1}) {
                double xf = l.inflection(side);
                double x0 = l.foldRestPath(side);
                // at the fold the dying well's bottom meets the hill top: U' = 0 and U'' = 0 together
                assertEquals(0, l.slope(xf, x0), 1e-9 * l.stiffness() * W, "U' at the fold, t=" + t);
                assertEquals(0, l.curvature(xf), 1e-9 * l.stiffness(), "U'' at the fold, t=" + t);
                // the well on that side exists just before the fold and is gone just after
                double eps = 1e-6;
                assertTrue(Double.isFinite(l.minimumOnSide(side, x0 + side * eps)), "well still there, t=" + t);
                assertTrue(Double.isNaN(l.minimumOnSide(side, x0 - side * eps)), "well gone, t=" + t);
            }
            assertEquals(-l.foldRestPath(1), l.foldRestPath(-1), 1e-15, "a symmetric ridge folds symmetrically");
        }
    }

    @Test
    void minimaAreEquilibriaWithPositiveCurvature() {
        Landscape l = new Landscape(0.9);
        for (double x0 = -4e-3; x0 <= 4e-3; x0 += 0.25e-3) {
            for (int side : new int[] {-1, 1}) {
                double m = l.minimumOnSide(side, x0);
                if (Double.isNaN(m)) {
                    continue;
                }
                assertEquals(0, l.slope(m, x0), 1e-6, "slope at the minimum");
                assertTrue(l.curvature(m) > 0);
                assertTrue(Math.signum(m) == side, "minimum on its own side");
            }
            double g = l.globalMinimum(x0);
            assertTrue(Double.isFinite(g));
        }
    }

    @Test
    void equilibriumBranchInvertsTheSlope() {
        Landscape l = new Landscape(0.9);
        for (double x = -6e-3; x <= 6e-3; x += 0.1e-3) {
            assertEquals(0, l.slope(x, l.restPathForEquilibrium(x)), 1e-9);
        }
    }

    @Test
    void releasedEnergyAndHysteresisRiseWithTightness() {
        double lastEnergy = 0;
        double lastWidth = 0;
        for (double t = 0.8; t <= 1.0001; t += 0.05) {
            FoldAnalysis a = FoldAnalysis.of(t, 0);
            assertTrue(a.snaps());
            assertTrue(a.energyJ() > lastEnergy, "energy rises at tightness " + t);
            assertTrue(a.hysteresisRad() > lastWidth, "hysteresis widens at tightness " + t);
            assertTrue(a.flexingAngleRad() > a.extendingAngleRad(), "snaps later going up than coming down");
            lastEnergy = a.energyJ();
            lastWidth = a.hysteresisRad();
        }
        // magnitudes: millijoules, and a hysteresis of several degrees when tight
        assertTrue(lastEnergy > 0.010 && lastEnergy < 0.1, "energy at full tightness " + lastEnergy);
        assertTrue(Math.toDegrees(lastWidth) > 10, "hysteresis at full tightness " + Math.toDegrees(lastWidth));
    }

    @Test
    void snapEnergyVanishesContinuouslyAtTheCusp() {
        double t = Landscape.foldThresholdTightness();
        assertTrue(FoldAnalysis.of(t + 0.005, 0).energyJ() < 1e-4, "tiny snaps just above the threshold");
        assertTrue(FoldAnalysis.of(t + 0.005, 0).hysteresisRad() < Math.toRadians(0.5));
    }

    @Test
    void abductedAndRotatedOutTheRidgeIsTooLowToFold() {
        for (double t = 0; t <= 1.0001; t += 0.1) {
            assertFalse(Anatomy.TYPICAL.landscape(t, 1).isBistable(), "the quiet way in, tightness " + t);
        }
        assertTrue(Anatomy.TYPICAL.landscape(1, 0).isBistable(), "in neutral the full ridge folds");
        assertEquals(new Landscape(0.9).ratio(), Anatomy.TYPICAL.landscape(0.9, 0).ratio(), 1e-12);
    }

    @Test
    void potentialIsNeverNegative() {
        for (double t = 0; t <= 1; t += 0.25) {
            Landscape l = new Landscape(t);
            for (double x = -0.02; x <= 0.02; x += 0.0005) {
                for (double x0 = -0.01; x0 <= 0.01; x0 += 0.001) {
                    assertTrue(l.potential(x, x0) >= 0);
                }
            }
        }
    }

    @Test
    void tiltShiftsTheFoldAnglesByTheTiltItself() {
        double tilt = Math.toRadians(9);
        FoldAnalysis level = FoldAnalysis.of(0.9, 0);
        FoldAnalysis tilted = FoldAnalysis.of(0.9, tilt);
        assertEquals(level.flexingAngleRad() - tilt, tilted.flexingAngleRad(), 1e-12);
        assertEquals(level.extendingAngleRad() - tilt, tilted.extendingAngleRad(), 1e-12);
        assertEquals(level.energyJ(), tilted.energyJ(), 1e-15, "tilt moves the snap, not its size");
    }

    @Test
    void sittingHoursMapOntoTightness() {
        assertEquals(0, TendonConstants.tightnessFromSittingHours(0));
        assertEquals(0.5, TendonConstants.tightnessFromSittingHours(6), 1e-12);
        assertEquals(1, TendonConstants.tightnessFromSittingHours(20));
        assertEquals(8, TendonConstants.sittingHoursFromTightness(TendonConstants.tightnessFromSittingHours(8)), 1e-12);
        assertTrue(TendonConstants.tension(1) > TendonConstants.tension(0));
        assertEquals(TendonConstants.MAX_EXTRA_TILT_RAD * (1 - TendonConstants.CORE_TILT_REDUCTION),
                TendonConstants.effectiveTilt(1, 1), 1e-12);
    }
}
