package org.crepituslab.manipulation.model;

/**
 * One joint popped during a thrust or twist.
 *
 * @param time      seconds after the thrust began
 * @param joint     which facet joint
 * @param threshold the joint's nucleation threshold, Pa gauge (its sound is the facet model's pop at it)
 * @param energy    sound energy relative to the facet model's default pop
 * @param gap       how far its surfaces had parted when the fluid reached its threshold, m
 */
public record SpinePop(double time, JointId joint, double threshold, double energy, double gap) {
}
