/**
 * The manipulation screen's physics: ten lumbar facet joints loaded by one thrust, and weeks of
 * self-twisting. It composes the facet joint's model ({@code facet.model}: the pull at which a
 * joint's fluid reaches its nucleation threshold, how far the surfaces part, the refractory
 * period) rather than copying it, names its joints by the facet model's {@code LumbarLevel} and
 * {@code Side}, and uses nothing else of the facet screen; no JavaFX scene.
 */
package org.crepituslab.manipulation.model;
