package org.crepituslab.grinding.model;

/**
 * One row of the friction history, sampled at 100 Hz.
 *
 * @param timeS              simulated time, seconds
 * @param frictionCoefficient tangential force transmitted by the contact over the joint load
 * @param fluidLoadFraction  share of the load carried by fluid pressure
 * @param wear               wear setting at that moment
 * @param bonePositionM      position of the moving bone, metres
 * @param slips              slips since reset
 * @param catches            spur catches since reset
 */
public record FrictionSample(double timeS, double frictionCoefficient, double fluidLoadFraction, double wear,
                             double bonePositionM, long slips, long catches) {

    /** The friction coefficient the biphasic law predicts for this sample's fluid support. */
    public double lawFriction() {
        return Lubrication.frictionLaw(fluidLoadFraction);
    }
}
