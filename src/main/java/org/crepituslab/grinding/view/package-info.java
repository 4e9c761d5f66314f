/**
 * The grinding screen's view: the joint in cross-section, the spectrum, the friction graph, the
 * event raster and the side panel. Views only lay out, draw what the model and the sound package
 * compute, and forward input. It may use the grinding model, sound and CSV helpers, the framework
 * and the shared sound output; never the command line.
 */
package org.crepituslab.grinding.view;
