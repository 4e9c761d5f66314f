/**
 * The facet joint screen: why a spinal facet joint pops when it is stretched and why it cannot pop
 * again for about twenty minutes. This package holds only {@link FacetScreen}, the screen's
 * declaration (its id, model and view factories, its busy state for benchmarks); the physics is in
 * {@code facet.model}, the drawing and controls in {@code facet.view}, the pop's sound in
 * {@code facet.sound} and the command-line simulations in {@code facet.cli}. It may use its own
 * sub-packages and {@code framework}, never another screen or {@code app}.
 */
package org.crepituslab.facet;
