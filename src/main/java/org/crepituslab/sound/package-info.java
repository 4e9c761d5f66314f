/**
 * Sound as data: PCM samples, WAV files, an FFT and acoustic measures (duration, onset, bursts, peak frequency). Plain Java: models and the quiz may use it.
 */
package org.crepituslab.sound;
