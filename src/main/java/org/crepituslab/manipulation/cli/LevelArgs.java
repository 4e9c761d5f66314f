package org.crepituslab.manipulation.cli;

import org.crepituslab.facet.model.LumbarLevel;
import org.crepituslab.framework.cli.CliArgs;
import org.crepituslab.framework.cli.UsageException;

/** Levels on the command line: named like L4-L5, or numbered 1 (L1-L2) to 5 (L5-S1); "none" where allowed. */
final class LevelArgs {
    private LevelArgs() {
    }

    static LumbarLevel level(CliArgs args, String flag, LumbarLevel fallback) throws UsageException {
        String v = args.string(flag, fallback.label());
        LumbarLevel level = LumbarLevel.parse(v);
        if (level == null) {
            throw new UsageException("--" + flag + " must be a level such as L4-L5 (L1-L2 to L5-S1), got \"" + v + "\"");
        }
        return level;
    }

    /** A level or null for "none". */
    static LumbarLevel levelOrNone(CliArgs args, String flag) throws UsageException {
        String v = args.string(flag, "none");
        if (v.equalsIgnoreCase("none")) {
            return null;
        }
        LumbarLevel level = LumbarLevel.parse(v);
        if (level == null) {
            throw new UsageException("--" + flag + " must be none or a level such as L4-L5 (L1-L2 to L5-S1), got \""
                    + v + "\"");
        }
        return level;
    }
}
