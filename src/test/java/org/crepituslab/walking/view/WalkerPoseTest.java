package org.crepituslab.walking.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.crepituslab.facet.model.LumbarLevel;
import org.crepituslab.facet.model.Side;
import org.crepituslab.walking.model.Causes;
import org.crepituslab.walking.model.WalkingModel;
import org.junit.jupiter.api.Test;

/** The drawn walker follows the model's angles: feet on the ground, joints behind the spine, tilt and lordosis shown. */
class WalkerPoseTest {
    @Test
    void aFootTouchesTheGroundThroughoutTheStride() {
        WalkingModel m = new WalkingModel();
        for (int i = 0; i < 100; i++) {
            m.step(0.011);
            WalkerPose pose = new WalkerPose(m);
            double lowest = Math.max(Math.max(pose.near.heel()[1], pose.near.toe()[1]),
                    Math.max(pose.far.heel()[1], pose.far.toe()[1]));
            assertEquals(pose.ground, lowest, 1e-12);
            assertTrue(pose.ground > 1.6 && pose.ground < 2.2, "legs about two thigh lengths: " + pose.ground);
            assertTrue(pose.head[1] < pose.spine[pose.spine.length - 1][1], "the head above the spine");
        }
    }

    @Test
    void theFacetJointsSitBehindTheirLevelAndTheThighFollowsTheHip() {
        WalkingModel m = new WalkingModel();
        m.step(0.3);
        WalkerPose pose = new WalkerPose(m);
        for (LumbarLevel level : LumbarLevel.values()) {
            assertTrue(pose.facet(level)[0] < pose.junction(level)[0], level + " facet behind the bodies");
        }
        assertTrue(pose.junction(LumbarLevel.L1_L2)[1] < pose.junction(LumbarLevel.L5_S1)[1], "L1 above S1");
        double expected = Math.toRadians(m.hipFlexion(Side.RIGHT) - (m.pelvicTilt() - WalkerPose.UPRIGHT_TILT_DEG));
        assertEquals(expected, pose.near.thigh(), 1e-12);
    }

    @Test
    void tightHipFlexorsTiltThePelvisForwardAndDeepenTheCurve() {
        WalkingModel loose = new WalkingModel();
        WalkingModel tight = new WalkingModel();
        tight.setCauses(Causes.DEFAULT.withTightness(1));
        WalkerPose a = new WalkerPose(loose);
        WalkerPose b = new WalkerPose(tight);
        assertTrue(b.pelvis > a.pelvis, "more forward tilt drawn");
        double curveA = a.spineAngle[0] - a.spineAngle[a.spineAngle.length - 1];
        double curveB = b.spineAngle[0] - b.spineAngle[b.spineAngle.length - 1];
        assertTrue(curveB > curveA, "a deeper lumbar curve drawn");
    }
}
