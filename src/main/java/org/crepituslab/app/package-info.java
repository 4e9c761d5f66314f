/**
 * The desktop app: the screen list (the one place screens are registered), the shell that navigates between them, presenting, the pen, preferences and export. May use every screen and the framework; no screen may use it.
 */
package org.crepituslab.app;
