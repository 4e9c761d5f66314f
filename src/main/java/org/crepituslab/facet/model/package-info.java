/**
 * The facet joint's physics in SI units, composed of parts with one job each: {@link Joint}
 * orchestrates time, the bubble and the pop, and holds the {@link StretchProgramme} (the pull), the
 * {@link GasPools} (where the gas is), the {@link StretchEpisodes} (stretches that did not pop) and
 * the {@link RefractoryAnalysis} (when it can pop again). Beside them: the free functions of the
 * joint's mechanics, gas exchange and bubble dynamics, the named constants with their sources, the
 * events, and {@link JointModel}, the property facade the view binds to. Plain Java that the command
 * line, the sound and the tests run without a toolkit: it may use the JDK, {@code javafx.beans}
 * (only for the facade's properties) and the model-side pieces of {@code framework} (Emitter,
 * SimModel); never {@code javafx.scene}, the view, the sound or the command line.
 */
package org.crepituslab.facet.model;
