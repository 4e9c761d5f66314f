/**
 * The jar's command line: the dispatcher and the commands that need the whole app (snapshot, simulate, bench, fuzz, soak, validate). Simulations and quiz commands come from the screens' declarations.
 */
package org.crepituslab.app.cli;
