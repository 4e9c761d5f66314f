package org.crepituslab.quiz.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.crepituslab.framework.cli.CliArgs;
import org.crepituslab.framework.cli.ExitCodes;
import org.crepituslab.framework.cli.UsageException;
import org.crepituslab.quiz.model.ProgressRepository;
import org.crepituslab.quiz.progress.ProgressCsv;
import org.crepituslab.quiz.progress.ProgressStore;

/** {@code quiz export-results --profile=<name> --out=<file.csv> [--bank=<id>]}: a learner's saved progress as CSV. */
final class ResultsExport {
    private ResultsExport() {
    }

    static int run(CliArgs args, PrintStream out, PrintStream err) throws Exception {
        args.allowOnly(Set.of("profile", "out", "bank"));
        args.maxPositional(1);
        String profile = args.required("profile");
        if (!ProgressStore.PROFILE.matcher(profile).matches()) {
            throw new UsageException("--profile: use letters, digits, - and _ (1-40 characters), got \""
                    + Terminal.safe(profile) + "\"");
        }
        Path outFile = args.outputFile("out");
        if (outFile == null) {
            throw new UsageException("export-results needs --out=<file.csv>");
        }
        ProgressStore store = ProgressStore.forProfile(profile);
        if (!Files.exists(store.file())) {
            err.println("crepitus-lab quiz export-results: no saved progress for profile \"" + profile + "\" ("
                    + store.file() + ")");
            return ExitCodes.FAILED;
        }
        ProgressRepository.Loaded loaded = store.load();
        if (loaded.problem() != null) {
            err.println(Terminal.safe(loaded.problem()));
        }
        int rows = ProgressCsv.write(outFile, loaded.progress(), args.string("bank", null));
        out.println("wrote " + rows + " rows to " + outFile);
        return ExitCodes.OK;
    }
}
