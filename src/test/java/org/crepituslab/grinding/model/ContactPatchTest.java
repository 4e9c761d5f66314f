package org.crepituslab.grinding.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Analytic checks of one stick-slip patch and of the seeded surface profile. */
class ContactPatchTest {
    private static final double LOAD = 10;
    private static final double MU_K = 0.2;
    private static final double MU_S = 0.3;
    private static final double K = 1.5e4;
    private static final double M = 4e-3;
    private static final double V = 1e-3;

    /**
     * Classic stick-slip on a smooth surface with no damping, driven slowly at constant speed:
     * each slip starts at F_s = μs·N and the force swings symmetrically about F_k = μk·N, so the
     * patch jumps with a peak relative speed ΔF/√(km) (energy ΔF²/2k, ΔF = F_s − F_k) and the
     * slips repeat every 2ΔF/(k·v).
     */
    @Test
    void undampedStickSlipMatchesTheClassicResult() {
        Topography flat = new Topography(1);
        flat.setCompositeRoughness(0);
        ContactPatch p = new ContactPatch(0, 0, M, K, 0);
        p.reset(0);
        double h = GrindingConstants.SUBSTEP_S;
        List<double[]> slips = new ArrayList<>();
        for (int i = 1; i <= 200_000; i++) {
            double t = i * h;
            double e = p.substep(h, V * t, V, LOAD, MU_K, MU_S, flat);
            if (e >= 0) {
                slips.add(new double[]{t, e});
            }
        }
        double dF = (MU_S - MU_K) * LOAD;
        double energy = dF * dF / (2 * K);
        double period = 2 * dF / (K * V);
        assertTrue(slips.size() >= 10, "slips: " + slips.size());
        for (int i = 1; i < slips.size(); i++) {
            assertEquals(energy, slips.get(i)[1], 0.03 * energy, "energy of slip " + i);
        }
        double measured = (slips.get(slips.size() - 1)[0] - slips.get(1)[0]) / (slips.size() - 2);
        assertEquals(period, measured, 0.02 * period);
    }

    @Test
    void aGlidingPatchMakesNoSlipsHoweverLongItSlides() {
        Topography flat = new Topography(1);
        flat.setCompositeRoughness(0);
        // no static excess and strong damping: it starts once and then follows the bone
        ContactPatch p = new ContactPatch(0, 0, M, K, 0.7);
        p.reset(0);
        double h = GrindingConstants.SUBSTEP_S;
        int ended = 0;
        for (int i = 1; i <= 100_000; i++) {
            if (p.substep(h, 0.02 * i * h, 0.02, LOAD, MU_K, MU_K, flat) >= 0) {
                ended++;
            }
        }
        assertEquals(0, ended);
        assertEquals(MU_K * LOAD, p.couplingForce(0.02 * 100_000 * h, 0.02), 0.01 * MU_K * LOAD);
    }

    @Test
    void profileIsSeededZeroMeanAndScaledToItsRoughness() {
        SurfaceProfile a = new SurfaceProfile(5, 10e-3, 10e-6, 0.2e-3);
        SurfaceProfile b = new SurfaceProfile(5, 10e-3, 10e-6, 0.2e-3);
        SurfaceProfile c = new SurfaceProfile(6, 10e-3, 10e-6, 0.2e-3);
        double rough = 4e-6;
        double sum = 0;
        double sq = 0;
        int n = 0;
        boolean differs = false;
        for (double x = -10e-3; x <= 10e-3; x += 10e-6) {
            double hgt = a.height(x, rough);
            assertEquals(hgt, b.height(x, rough));
            differs |= hgt != c.height(x, rough);
            sum += hgt;
            sq += hgt * hgt;
            n++;
        }
        assertTrue(differs);
        assertEquals(0, sum / n, 0.02 * rough);
        assertEquals(rough, Math.sqrt(sq / n), 0.02 * rough);
        // the slope is the derivative of the height
        double x = 1.234e-3;
        double dx = 1e-7;
        double numeric = (a.height(x + dx, rough) - a.height(x - dx, rough)) / (2 * dx);
        assertEquals(numeric, a.slope(x, rough), 0.15 * Math.abs(numeric) + 1e-4);
    }
}
