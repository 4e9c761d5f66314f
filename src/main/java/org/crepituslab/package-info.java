/**
 * Crepitus Lab: why a back pops, clicks or grinds. The root holds only the launcher (a plain main
 * for the runnable jar); the app is in {@code app}, each screen in its own package, shared pieces in
 * {@code framework}. See doc/ARCHITECTURE.md.
 */
package org.crepituslab;
