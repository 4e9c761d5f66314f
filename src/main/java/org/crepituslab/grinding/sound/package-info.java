/**
 * The grinding sound and its analysis: PCM rendered from slip and catch events, the spectrum and
 * level of a stretch of sound, and what it sounds like. It may use the grinding model (its events and log)
 * and the shared PCM type; never JavaFX or the view.
 */
package org.crepituslab.grinding.sound;
