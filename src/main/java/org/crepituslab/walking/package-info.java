/**
 * The walking screen: why a back pops, clicks or snaps with each step. This package holds the
 * screen's declaration ({@link WalkingScreen}, its contract and validation); the physics is in
 * {@code walking.model} and the command line in {@code walking.cli}. It may use its own
 * sub-packages and {@code framework}, never another screen or {@code app}.
 */
package org.crepituslab.walking;
