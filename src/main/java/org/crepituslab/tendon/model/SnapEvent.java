package org.crepituslab.tendon.model;

/**
 * One snap of the tendon over the ridge.
 *
 * @param timeS        simulated time of the ridge crossing, seconds since reset
 * @param direction    whether the hip was flexing or extending
 * @param hipAngleRad  hip flexion at the snap (positive = flexion)
 * @param energyJ      potential energy released (joules, ≥ 0)
 * @param tightness    tightness 0..1 at the time
 * @param thudHz       natural frequency of the well the tendon lands in: the pitch of the thud
 * @param count        snaps since reset, including this one
 */
public record SnapEvent(double timeS, SnapDirection direction, double hipAngleRad, double energyJ,
                        double tightness, double thudHz, int count) {

    public double hipAngleDeg() {
        return Math.toDegrees(hipAngleRad);
    }

    public double energyMillijoules() {
        return energyJ * 1e3;
    }
}
