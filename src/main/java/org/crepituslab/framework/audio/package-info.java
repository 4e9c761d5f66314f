/**
 * Playing synthesised sound, with no audio device treated as a normal case (a one-line notice, captions still shown).
 */
package org.crepituslab.framework.audio;
