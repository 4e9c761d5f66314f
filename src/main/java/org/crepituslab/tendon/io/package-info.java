/**
 * The tendon's CSV formats, shared by the screen's export and the {@code simulate tendon}
 * command so both write the same columns. It may use the tendon model's records and Commons CSV;
 * never JavaFX, the view or the command line.
 */
package org.crepituslab.tendon.io;
