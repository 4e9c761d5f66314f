package org.crepituslab.framework.cli;

/** A mistake in the command line: reported in one line with the usage, exit code 2. */
public final class UsageException extends Exception {
    public UsageException(String message) {
        super(message);
    }
}
