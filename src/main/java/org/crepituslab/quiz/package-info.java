/**
 * Quiz: the screen's declaration. Banks, scoring and progress are in its subpackages.
 */
package org.crepituslab.quiz;
