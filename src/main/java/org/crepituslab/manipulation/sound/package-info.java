/** The manipulation screen's sounds: a thrust's volley of pops built from the facet model's pop ({@code facet.sound}); no JavaFX. */
package org.crepituslab.manipulation.sound;
