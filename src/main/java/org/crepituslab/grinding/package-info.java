/**
 * The grinding screen: arthritic crepitus from stick-slip between worn cartilage surfaces. Holds
 * only the screen's declaration ({@link org.crepituslab.grinding.GrindingScreen}), which ties the
 * model to its view and a reference pop; it may use the framework and this screen's own packages.
 */
package org.crepituslab.grinding;
