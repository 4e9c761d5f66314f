package org.crepituslab.facet.model;

import java.util.ArrayList;
import java.util.List;

/** Collects a joint's events for tests. */
final class JointRecorder {
    final List<PopEvent> pops = new ArrayList<>();
    final List<NoPopEvent> noPops = new ArrayList<>();
    final List<Double> ready = new ArrayList<>();

    static JointRecorder on(Joint joint) {
        JointRecorder r = new JointRecorder();
        joint.popEvents().addListener(r.pops::add);
        joint.episodes().noPops().addListener(r.noPops::add);
        joint.refractory().readyAgain().addListener(r.ready::add);
        return r;
    }

    /** Advances in frames of dt until the time t (the last frame shortened to land on it). */
    static void runTo(Joint joint, double t, double dt) {
        while (joint.time() < t - 1e-12) {
            joint.advance(Math.min(dt, t - joint.time()));
        }
    }
}
