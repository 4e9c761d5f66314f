package org.crepituslab.facet.model;

/**
 * A joint popped: a cavity nucleated and its fast dynamics (the sound) are complete.
 *
 * @param time          simulated time of the nucleation, s
 * @param stretchStart  when the stretch that caused it began, s (NaN if there was none)
 * @param pressureAtPop gauge fluid pressure at nucleation, Pa
 * @param gapBefore     gap just before, m
 * @param trace         the recorded bubble dynamics
 */
public record PopEvent(double time, double stretchStart, double pressureAtPop, double gapBefore, PopTrace trace) {
}
