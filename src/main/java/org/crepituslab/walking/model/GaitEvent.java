package org.crepituslab.walking.model;

/**
 * One sound event of the walk.
 *
 * @param time        simulated time, s
 * @param step        index of the gait cycle it happened in (0 = the first)
 * @param gaitPercent where in the right leg's gait cycle, 0–100 %
 * @param kind        pop (cavitation), snap (iliopsoas tendon) or click (structural)
 * @param location    "L4-L5-left", "hip-right" ...
 * @param energy      energy released, J
 */
public record GaitEvent(double time, long step, double gaitPercent, Kind kind, String location, double energy) {
    /** What made the sound. */
    public enum Kind {
        POP("pop"), SNAP("snap"), CLICK("click");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
