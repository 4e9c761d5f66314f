/**
 * The facet screen's command-line simulations ({@code simulate cavitation}, {@code simulate
 * bubble}): they run {@code facet.model} with no toolkit and write CSV. They may use {@code
 * facet.model}, the command-line contract of {@code framework.cli} (arguments, usage errors, the
 * simulation interface) and Commons CSV; never JavaFX or the view.
 */
package org.crepituslab.facet.cli;
