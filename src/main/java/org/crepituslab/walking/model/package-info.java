/**
 * The walking screen's physics, plain Java without a toolkit: {@link GaitKinematics} (normative
 * sagittal hip and pelvis angles over the gait cycle, shaped by the causes), {@link SegmentalMotion}
 * (micro-motion and facet load per lumbar level), {@link IliopsoasFold} (the tendon's fold over its
 * ridge, the same model as the snapping-tendon screen), {@link FacetJoints} (ten joints that pop at
 * random and stay refractory), and {@link WalkingModel}, which walks them through time. May use the
 * JDK and the model-side parts of {@code framework}; never {@code javafx.scene}, a view or the command line.
 */
package org.crepituslab.walking.model;
