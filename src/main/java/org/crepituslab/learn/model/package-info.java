/**
 * The checklist's state and its assessment (benign, warning, emergency). Plain Java, no toolkit.
 */
package org.crepituslab.learn.model;
