package org.crepituslab.framework.validation;

import java.util.List;

/**
 * A set of comparisons a screen's models make against analytic results and measurements. Each
 * screen declares its own; the {@code validate} command runs them all and writes one table.
 */
@FunctionalInterface
public interface Validation {
    /** Runs the models and returns one row per comparison; must not need a toolkit. */
    List<Comparison> run();
}
