/**
 * The walking screen's sounds: {@link WalkingSounds} gives each event of the walk its sound from
 * the model that made it (the facet screen's pop, the tendon screen's snap, and the structural click
 * synthesised here). May use {@code walking.model}, {@code facet.model}/{@code facet.sound},
 * {@code tendon.sound} and the shared {@code sound} package; never JavaFX or a view.
 */
package org.crepituslab.walking.sound;
