/**
 * The manipulation screen's view: the lumbar spine from behind (or obliquely) with its ten facet
 * joints, the controls, the weeks plot, the teaching text, and the playback of a thrust's pops.
 * Views only lay out, draw and forward input; they may use {@code manipulation.model},
 * {@code manipulation.sound} and the facet sound, never the command line.
 */
package org.crepituslab.manipulation.view;
