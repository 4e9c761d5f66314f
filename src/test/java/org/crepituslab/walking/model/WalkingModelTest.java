package org.crepituslab.walking.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crepituslab.facet.model.LumbarLevel;
import org.crepituslab.facet.model.Side;
import org.junit.jupiter.api.Test;

/** The walking model against the normative gait ranges and the "done when" figures. */
class WalkingModelTest {
    /** Statistics of one gait cycle sampled every 0.5 %. */
    private record Cycle(double hipAtContact, double peakExtension, double peakFlexion, double peakFlexionPhase,
            double minTilt, double maxTilt, double meanTilt, double meanMotion, double extensionPhase) {
    }

    private static Cycle cycle(Causes c) {
        int n = 200;
        double peakExt = Double.MAX_VALUE;
        double extPhase = 0;
        double peakFlex = -Double.MAX_VALUE;
        double flexPhase = 0;
        double minTilt = Double.MAX_VALUE;
        double maxTilt = -Double.MAX_VALUE;
        double sumTilt = 0;
        double sumMotion = 0;
        for (int i = 0; i < n; i++) {
            double p = i / (double) n;
            double hip = GaitKinematics.hipFlexion(p, c);
            if (hip < peakExt) {
                peakExt = hip;
                extPhase = p;
            }
            if (p > 0.6 && hip > peakFlex) {
                peakFlex = hip;
                flexPhase = p;
            }
            double tilt = GaitKinematics.pelvicTilt(p, c);
            minTilt = Math.min(minTilt, tilt);
            maxTilt = Math.max(maxTilt, tilt);
            sumTilt += tilt;
            double lordosis = GaitKinematics.lordosis(tilt);
            double motion = 0;
            for (LumbarLevel level : LumbarLevel.values()) {
                motion += SegmentalMotion.motion(level, p, lordosis, c);
            }
            sumMotion += motion / LumbarLevel.values().length;
        }
        return new Cycle(GaitKinematics.hipFlexion(0, c), -peakExt, peakFlex, flexPhase, minTilt, maxTilt,
                sumTilt / n, sumMotion / n, extPhase);
    }

    @Test
    void defaultsWalkWithinTheNormativeRanges() {
        Cycle d = cycle(Causes.DEFAULT);
        assertTrue(d.hipAtContact() >= 20 && d.hipAtContact() <= 30, "flexion at initial contact " + d.hipAtContact());
        assertTrue(d.peakExtension() >= 10 && d.peakExtension() <= 20, "peak extension " + d.peakExtension());
        assertTrue(d.extensionPhase() >= 0.45 && d.extensionPhase() <= 0.55, "extension near 50 %: " + d.extensionPhase());
        assertTrue(d.peakFlexion() >= 30 && d.peakFlexion() <= 35, "late-swing flexion " + d.peakFlexion());
        assertTrue(d.peakFlexionPhase() >= 0.8, "flexion peaks late in swing: " + d.peakFlexionPhase());
        double amplitude = d.maxTilt() - d.minTilt();
        assertTrue(amplitude >= 2 && amplitude <= 4, "tilt oscillation " + amplitude);
        assertTrue(d.meanTilt() >= 7 && d.meanTilt() <= 13, "mean anterior tilt " + d.meanTilt());
        double cadence = GaitKinematics.cadence(Causes.SPEED_NORMAL);
        assertTrue(cadence >= 100 && cadence <= 120, "cadence " + cadence);
        double stride = GaitKinematics.strideTime(Causes.SPEED_NORMAL);
        assertTrue(stride >= 1.0 && stride <= 1.2, "stride time " + stride);
    }

    @Test
    void pelvicTiltOscillatesTwicePerStride() {
        int maxima = 0;
        int n = 400;
        for (int i = 0; i < n; i++) {
            double a = GaitKinematics.pelvicTilt((i - 1.0) / n, Causes.DEFAULT);
            double b = GaitKinematics.pelvicTilt(i / (double) n, Causes.DEFAULT);
            double c = GaitKinematics.pelvicTilt((i + 1.0) / n, Causes.DEFAULT);
            if (b > a && b >= c) {
                maxima++;
            }
        }
        assertEquals(2, maxima);
    }

    @Test
    void tightFlexorsTiltThePelvisAndLimitExtension() {
        Cycle loose = cycle(Causes.DEFAULT.withTightness(0));
        Cycle tight = cycle(Causes.DEFAULT.withTightness(1));
        assertTrue(tight.meanTilt() - loose.meanTilt() >= 3, loose.meanTilt() + " -> " + tight.meanTilt());
        assertTrue(loose.peakExtension() - tight.peakExtension() >= 3, loose.peakExtension() + " -> " + tight.peakExtension());
        // the compensation is in terminal stance: the extra tilt is largest in 30-60 % of the cycle
        Causes t = Causes.DEFAULT.withTightness(1);
        Causes l = Causes.DEFAULT.withTightness(0);
        double mid = GaitKinematics.pelvicTilt(0.45, t) - GaitKinematics.pelvicTilt(0.45, l);
        double early = GaitKinematics.pelvicTilt(0.15, t) - GaitKinematics.pelvicTilt(0.15, l);
        assertTrue(mid > early, mid + " vs " + early);
        assertTrue(GaitKinematics.lordosis(tight.meanTilt()) > GaitKinematics.lordosis(loose.meanTilt()));
    }

    @Test
    void fullCoreLowersMeanSegmentalMotionByAtLeastAThird() {
        double def = cycle(Causes.DEFAULT).meanMotion();
        double none = cycle(Causes.DEFAULT.withCore(0)).meanMotion();
        double full = cycle(Causes.DEFAULT.withCore(1)).meanMotion();
        assertTrue(full <= 0.7 * def, full + " vs default " + def);
        assertTrue(full <= 0.7 * none, full + " vs none " + none);
    }

    @Test
    void snapsComeOnlyWithTightFlexors() {
        assertEquals(0, walk(Causes.DEFAULT.withTightness(0.1), 50, 3).snaps());
        assertEquals(0, walk(Causes.DEFAULT, 50, 3).snaps());
        WalkingModel tight = walk(Causes.DEFAULT.withTightness(0.9), 50, 3);
        // each hip snaps once going into extension and once coming back into flexion
        assertTrue(tight.snaps() >= 4 * 49 && tight.snaps() <= 4 * 51, "snaps " + tight.snaps());
    }

    @Test
    void snapComesWhereTheHipPassesItsSnappingAngle() {
        WalkingModel m = new WalkingModel(5);
        m.setCauses(Causes.DEFAULT.withTightness(0.9));
        List<GaitEvent> snaps = new ArrayList<>();
        m.addListener(e -> {
            if (e.kind() == GaitEvent.Kind.SNAP && e.location().equals("hip-right")) {
                snaps.add(e);
            }
        });
        HipTendon fold = m.tendon(Side.RIGHT);
        double extending = fold.snapAngleExtending();
        double flexing = fold.snapAngleFlexing();
        assertTrue(flexing > extending, "hysteresis");
        m.step(10 * GaitKinematics.strideTime(Causes.SPEED_NORMAL));
        assertTrue(snaps.size() >= 18, "snaps " + snaps.size());
        for (GaitEvent e : snaps) {
            double hip = GaitKinematics.hipFlexion(e.gaitPercent() / 100, m.causes());
            assertTrue(Math.abs(hip - extending) < 0.5 || Math.abs(hip - flexing) < 0.5, "snap at hip " + hip);
            assertTrue(e.energy() > 0 && e.energy() < 0.1, "energy " + e.energy());
        }
    }

    @Test
    void noJointPopsTwiceWithinItsRefractoryPeriod() {
        WalkingModel m = new WalkingModel(11);
        m.setCauses(Causes.DEFAULT.withCore(0).withTightness(0.8));
        Map<String, Double> last = new HashMap<>();
        List<String> repeats = new ArrayList<>();
        int[] popsSeen = {0};
        m.addListener(e -> {
            if (e.kind() == GaitEvent.Kind.POP) {
                popsSeen[0]++;
                Double before = last.put(e.location(), e.time());
                if (before != null) {
                    assertTrue(e.time() - before >= m.refractoryPeriod(), e.location() + " popped again after "
                            + (e.time() - before) + " s");
                    repeats.add(e.location());
                }
            }
        });
        m.step(3 * 3600);
        assertTrue(last.size() >= 8, "pops spread over joints: " + last.keySet());
        assertTrue(!repeats.isEmpty(), "joints pop again once the refractory period is over");
        assertEquals(m.pops(), popsSeen[0]);
        assertNull(m.checkInvariants());
    }

    @Test
    void structuralClickComesEveryStepAtTheSamePhase() {
        WalkingModel m = new WalkingModel(3);
        m.setCauses(Causes.DEFAULT.withStructuralLevel(4));
        List<GaitEvent> clicks = new ArrayList<>();
        m.addListener(e -> {
            if (e.kind() == GaitEvent.Kind.CLICK) {
                clicks.add(e);
            }
        });
        while (m.steps() < 200) {
            m.step(0.01);
        }
        long stepsWithClick = clicks.stream().mapToLong(GaitEvent::step).distinct().count();
        assertTrue(stepsWithClick >= 0.95 * 200, "steps with a click " + stepsWithClick);
        double lo = clicks.stream().mapToDouble(GaitEvent::gaitPercent).min().orElseThrow();
        double hi = clicks.stream().mapToDouble(GaitEvent::gaitPercent).max().orElseThrow();
        assertTrue(hi - lo < 2, "click phase spread " + lo + ".." + hi);
        assertTrue(clicks.stream().allMatch(e -> e.location().equals("L4-L5-right")));
        assertEquals(0, walk(Causes.DEFAULT, 20, 3).clicks());
    }

    @Test
    void sameSeedSameWalk() {
        Causes c = Causes.DEFAULT.withCore(0.1);
        WalkingModel a = walk(c, 300, 42);
        WalkingModel b = walk(c, 300, 42);
        assertEquals(a.pops(), b.pops());
        assertEquals(a.recentEvents(), b.recentEvents());
    }

    @Test
    void parametersAreReadoutsAndRangesAreEnforced() {
        WalkingModel m = new WalkingModel();
        assertTrue(m.setParameter("hipFlexorTightness", 0.8));
        assertEquals(0.8, m.readout("hipFlexorTightness"));
        assertTrue(m.setParameter("structuralLevel", 5));
        assertEquals(5, m.readout("structuralLevel"));
        assertTrue(!m.setParameter("structuralLevel", 2.5));
        assertTrue(!m.setParameter("core", 1.1));
        assertTrue(!m.setParameter("speed_m_s", 3));
        assertTrue(!m.setParameter("nonsense", 0));
        assertTrue(Double.isNaN(m.readout("nonsense")));
        for (String r : List.of("steps", "pops", "snaps", "clicks", "pelvicTilt_deg", "hipFlexion_deg",
                "lordosis_deg", "segmentMotion_mm", "core", "glutes", "speed_m_s")) {
            assertTrue(Double.isFinite(m.readout(r)), r);
        }
    }

    static WalkingModel walk(Causes c, int steps, long seed) {
        WalkingModel m = new WalkingModel(seed);
        m.setCauses(c);
        while (m.steps() < steps) {
            m.step(0.05);
            assertNull(m.checkInvariants());
        }
        return m;
    }
}
