/**
 * The facet screen's JavaFX side: {@link FacetView} lays out the joint drawing (with its labels and
 * pop marker), the pressure gauge, the narration, the live graphs, the gas composition, the
 * slow-motion replay and the control panel; the input handlers (drag, keys, the stretch, the time
 * acceleration), the feedback to the model's events and the files the screen saves are classes of
 * their own. Views only lay out, draw and forward input: every physical quantity they show is read
 * from {@code facet.model}. It may use {@code facet.model}, {@code facet.sound}, {@code framework},
 * the shared {@code sound} output, JavaFX, JFoenix and Commons CSV.
 */
package org.crepituslab.facet.view;
