/**
 * The walking screen's physics, plain Java without a toolkit: {@link GaitKinematics} (normative
 * sagittal hip and pelvis angles over the gait cycle, shaped by the causes), {@link SegmentalMotion}
 * (micro-motion and facet load per lumbar level, with each level's {@link SegmentMobility}),
 * {@link LegPhase} (each leg's own gait phase), {@link HipTendon} (each hip's iliopsoas over its
 * ridge, the snapping-tendon screen's landscape driven by the gait's hip angle), {@link FacetJoints}
 * (ten joints that pop when their gapping reaches the facet screen's threshold and then stay
 * refractory for as long as the facet model predicts, {@link FacetRefractory}), {@link FixRun}
 * ("try the fix" played over the walk), {@link StrideTally} (rates of the last strides), and
 * {@link WalkingModel}, which walks them through time. Levels and sides are the facet model's
 * ({@code LumbarLevel}, {@code Side}). May use the JDK, the model-side parts of
 * {@code framework}, and the models it composes ({@code facet.model}, {@code tendon.model});
 * never {@code javafx.scene}, a view, a sound or the command line.
 */
package org.crepituslab.walking.model;
