/**
 * The pop's sound: {@link PopSound} synthesises it from a pop's recorded bubble motion as the
 * chosen explanation hears it, and gives the example pop that other screens and the sound wiring
 * play. It may use {@code facet.model} and the shared {@code sound} package's PCM type; never
 * JavaFX or the view.
 */
package org.crepituslab.facet.sound;
