/**
 * Files: one CSV writer (Commons CSV, one number format, newline endings) and atomic writes that keep a fsynced backup and fsync the folder after the rename.
 */
package org.crepituslab.framework.io;
