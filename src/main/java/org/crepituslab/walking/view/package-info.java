/**
 * The walking screen's view: {@link WalkingView} (the screen, its captions and sounds), the walker
 * ({@code WalkerCanvas}, placed by {@code WalkerPose} from the model's angles, with its pelvis, lumbar
 * spine and iliopsoas drawn by {@code PelvisDrawing}, {@code SpineDrawing} and {@code Iliopsoas}, and
 * enlarged beside it by {@code SpineInset}), hip and pelvis over the stride against the normative bands
 * ({@code GaitCycleGraph}), movement per lumbar level ({@code LevelBars}), the last strides' sounds by
 * gait phase and place ({@code StepStrip}), the causes and "try the fix" ({@code WalkingControls}),
 * and how they share the space ({@code PlayArea}). Views only lay out, draw and forward input; the
 * physics is in {@code walking.model}, the sounds in {@code walking.sound}.
 */
package org.crepituslab.walking.view;
