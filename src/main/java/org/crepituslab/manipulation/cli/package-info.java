/** The manipulation screen's command-line simulations ({@code simulate thrust}, {@code simulate self-adjust}); uses only {@code manipulation.model} and {@code framework}. */
package org.crepituslab.manipulation.cli;
