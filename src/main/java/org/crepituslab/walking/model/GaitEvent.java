package org.crepituslab.walking.model;

import org.crepituslab.facet.model.LumbarLevel;
import org.crepituslab.facet.model.Side;

/**
 * One sound event of the walk.
 *
 * @param time        simulated time, s
 * @param step        index of the gait cycle it happened in (0 = the first)
 * @param gaitPercent where in the right leg's gait cycle, 0–100 %
 * @param kind        pop (cavitation), snap (iliopsoas tendon) or click (structural)
 * @param location    "L4-L5-left", "hip-right" ...
 * @param energy      energy released, J
 * @param pitchHz     for a snap, the thud's pitch (the natural frequency of the well the tendon lands in); NaN otherwise
 */
public record GaitEvent(double time, long step, double gaitPercent, Kind kind, String location, double energy,
        double pitchHz) {
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

    /** The lumbar level of a pop or click (null for a snap at the hip). */
    public LumbarLevel level() {
        for (LumbarLevel l : LumbarLevel.values()) {
            if (location.startsWith(l.label())) {
                return l;
            }
        }
        return null;
    }

    /** The side the sound came from. */
    public Side side() {
        return location.endsWith(Side.LEFT.label()) ? Side.LEFT : Side.RIGHT;
    }
}
