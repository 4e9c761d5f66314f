package org.crepituslab.manipulation.cli;

import org.crepituslab.framework.cli.CliArgs;
import org.crepituslab.framework.cli.UsageException;
import org.crepituslab.manipulation.model.SpinalLevel;

/** Levels on the command line: named like L4-L5, or numbered 1 (L1-L2) to 5 (L5-S1); "none" where allowed. */
final class LevelArgs {
    private LevelArgs() {
    }

    static SpinalLevel level(CliArgs args, String flag, SpinalLevel fallback) throws UsageException {
        String v = args.string(flag, fallback.label());
        SpinalLevel level = SpinalLevel.parse(v);
        if (level == null) {
            throw new UsageException("--" + flag + " must be a level such as L4-L5 (L1-L2 to L5-S1), got \"" + v + "\"");
        }
        return level;
    }

    /** A level or null for "none". */
    static SpinalLevel levelOrNone(CliArgs args, String flag) throws UsageException {
        String v = args.string(flag, "none");
        if (v.equalsIgnoreCase("none")) {
            return null;
        }
        SpinalLevel level = SpinalLevel.parse(v);
        if (level == null) {
            throw new UsageException("--" + flag + " must be none or a level such as L4-L5 (L1-L2 to L5-S1), got \""
                    + v + "\"");
        }
        return level;
    }
}
