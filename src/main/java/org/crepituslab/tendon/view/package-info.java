/**
 * The snapping tendon's screen view: the side view of the hip with its drag and key
 * listeners, the energy landscape and hysteresis plots, and the side panel. Views only lay out,
 * draw what the model exposes and forward input to it. It may use the tendon model, sound and CSV
 * helpers, the framework and the shared sound output; never the command line.
 */
package org.crepituslab.tendon.view;
