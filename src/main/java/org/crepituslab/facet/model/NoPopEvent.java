package org.crepituslab.facet.model;

/**
 * A stretch that would have popped a rested joint widened it without a pop.
 *
 * @param time          simulated time, s
 * @param stretchStart  when that stretch began, s
 * @param reason        why
 * @param dissolvedFraction dissolved gas as a fraction of its resting amount
 * @param minPressure   lowest gauge pressure during the stretch, Pa
 */
public record NoPopEvent(double time, double stretchStart, NoPopReason reason, double dissolvedFraction,
                         double minPressure) {
}
