/**
 * What a screen declares besides its view: typed parameters and readouts (Quantity, ScreenContract), example sounds, and the installed declarations the quiz, CLI, strings and sounds read. Plain Java, no toolkit.
 */
package org.crepituslab.framework.contract;
