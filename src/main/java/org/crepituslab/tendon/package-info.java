/**
 * The snapping-tendon screen: the iliopsoas tendon snapping over the iliopectineal eminence.
 * Holds only the screen's declaration ({@link org.crepituslab.tendon.TendonScreen}), which ties
 * the model to its view; it may use the framework and this screen's own packages, never another
 * screen or the app.
 */
package org.crepituslab.tendon;
