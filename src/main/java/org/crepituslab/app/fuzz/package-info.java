/**
 * Seeded random input over every screen, failing on any exception or broken model invariant and printing its seed.
 */
package org.crepituslab.app.fuzz;
