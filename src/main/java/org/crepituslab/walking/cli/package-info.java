/** The walking screen's command-line simulation ({@code simulate walking}); uses only {@code walking.model} and {@code framework}. */
package org.crepituslab.walking.cli;
