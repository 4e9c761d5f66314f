/**
 * The snapping tendon's physics: the energy landscape over the ridge, the hip-motion programme,
 * the tendon's dynamics, snap detection, the snap threshold of a movement, people's anatomy and
 * simulated populations, and the property facade the view and the quiz read
 * ({@link org.crepituslab.tendon.model.TendonModel}). SI units throughout. It may use plain Java,
 * JavaFX properties and the framework's model-side pieces (Emitter, SimModel); never
 * {@code javafx.scene}, the view, sound, I/O or the command line.
 */
package org.crepituslab.tendon.model;
