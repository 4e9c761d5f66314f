/**
 * Class mode: students answer live from their own browsers while the projector shows the question,
 * the count of answers and, after the reveal, the answers and the simulation. Split into the
 * session state ({@code model}), the embedded web server ({@code server}), saved results
 * ({@code io}), the projector window ({@code view}) and the {@code classroom} command ({@code cli}).
 */
package org.crepituslab.classroom;
