/**
 * The walking screen's view: {@link WalkingView} (the screen, its captions and sounds), the walker
 * ({@code WalkerCanvas}), hip and pelvis over the stride against the normative bands
 * ({@code GaitCycleGraph}), movement per lumbar level ({@code LevelBars}), the last strides' sounds by
 * gait phase and place ({@code StepStrip}), the causes and "try the fix" ({@code WalkingControls}),
 * and how they share the space ({@code PlayArea}). Views only lay out, draw and forward input; the
 * physics is in {@code walking.model}, the sounds in {@code walking.sound}.
 */
package org.crepituslab.walking.view;
