/**
 * The manipulation screen: many pops from one thrust, why self-adjusting pops the wrong joints, and
 * how it loosens ligaments over weeks. This package holds the screen's declaration
 * ({@link ManipulationScreen}, its contract, story and validation); the physics is in
 * {@code manipulation.model} (composing {@code facet.model}), the sound in {@code manipulation.sound},
 * the command line in {@code manipulation.cli}. It uses no other screen except the facet model and
 * sound it composes, and never {@code app}.
 */
package org.crepituslab.manipulation;
