package org.crepituslab.grinding.model;

/**
 * The tangential force the contact passes to the tissue around the joint, one value per sub-step
 * (50 kHz), for the last few seconds: the sum of every patch's and rim's coupling force. This is
 * the source of the joint's sound: stick-slip jumps, spur catches and the ripple of sliding over a
 * rough surface all show in it, and the sound layer filters it through the tissue to the skin.
 */
public final class ContactForceTrace {
    private final float[] ring;
    private long written;

    ContactForceTrace(int capacity) {
        ring = new float[capacity];
    }

    void clear() {
        written = 0;
    }

    /** Records the force of sub-step number {@code written + 1}. */
    void add(double forceN) {
        ring[(int) (written % ring.length)] = (float) forceN;
        written++;
    }

    /** Sub-steps recorded since the run started. */
    public long recorded() {
        return written;
    }

    /** Oldest sub-step still held (1-based, as sub-step numbers are). */
    public long oldest() {
        return Math.max(1, written - ring.length + 1);
    }

    /** Force at sub-step n (1-based: its time is n sub-steps), newtons; 0 outside what is held. */
    public double at(long n) {
        if (n < oldest() || n > written) {
            return 0;
        }
        return ring[(int) ((n - 1) % ring.length)];
    }

    /** Seconds per recorded value. */
    public static double intervalS() {
        return GrindingConstants.SUBSTEP_S;
    }
}
