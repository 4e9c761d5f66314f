package org.crepituslab.tendon.model;

/**
 * One simulated person: how long they sit each day and their hip.
 *
 * @param sittingHours hours sitting per day, which set the tightness through the same mapping as
 *                     the screen's slider
 * @param anatomy      their tendon, ridge, crest position and range of motion
 */
public record Person(double sittingHours, Anatomy anatomy) {
    public double tightness() {
        return TendonConstants.tightnessFromSittingHours(sittingHours);
    }
}
