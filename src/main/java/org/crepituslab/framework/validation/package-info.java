/**
 * Comparisons of the models with analytic results and published measurements, declared per screen and printed by the validate command.
 */
package org.crepituslab.framework.validation;
