/**
 * The snap's sound: a thud-click synthesised from a snap event's energy and landing frequency.
 * It may use the tendon model's events and the shared PCM type; never JavaFX or the view.
 */
package org.crepituslab.tendon.sound;
