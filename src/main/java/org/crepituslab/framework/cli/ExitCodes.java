package org.crepituslab.framework.cli;

/** The jar's exit codes, shared by every command and simulation so scripts can rely on them. */
public final class ExitCodes {
    /** The command did what was asked. */
    public static final int OK = 0;
    /** The command ran but failed (a file could not be written, a validation found problems). */
    public static final int FAILED = 1;
    /** The command line itself was wrong: unknown command or flag, bad value. */
    public static final int USAGE = 2;

    private ExitCodes() {
    }
}
