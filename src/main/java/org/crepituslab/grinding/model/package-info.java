/**
 * The grinding joint's physics: lubrication and friction from wear, the seeded surfaces and spur
 * sites, the stick-slip contact patches and the rims that catch on spurs (the plain-Java core),
 * the contact force passed to the tissue (the sound's source), and the property facade the view, the quiz and the command line read
 * ({@link org.crepituslab.grinding.model.GrindingModel}). SI units throughout. It may use plain
 * Java, JavaFX properties and the framework's model-side pieces; never {@code javafx.scene}, the
 * view, sound, I/O or the command line.
 */
package org.crepituslab.grinding.model;
