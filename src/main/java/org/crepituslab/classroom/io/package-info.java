/**
 * A class session on disk: its state as JSON (so a restarted app carries on with the same code,
 * students and answers) and its results as CSV, both written atomically as answers arrive.
 */
package org.crepituslab.classroom.io;
