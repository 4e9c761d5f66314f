/**
 * The grinding sound and its analysis: PCM rendered from the contact force through the stated
 * tissue transfer function, the spectrum and level of a stretch of sound, and what it sounds like
 * (from the counted events). It may use the grinding model (its force trace, events and log)
 * and the shared PCM type; never JavaFX or the view.
 */
package org.crepituslab.grinding.sound;
