/**
 * The grinding CSV formats (friction series and events), shared by the screen's export and the
 * {@code simulate grinding} command so the headers stay one contract. It may use the grinding
 * model's records and Commons CSV; never JavaFX, the view or the command line.
 */
package org.crepituslab.grinding.io;
