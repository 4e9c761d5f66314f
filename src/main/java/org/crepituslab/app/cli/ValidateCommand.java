package org.crepituslab.app.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.crepituslab.framework.cli.CliArgs;
import org.crepituslab.framework.cli.Command;
import org.crepituslab.framework.cli.ExitCodes;
import org.crepituslab.framework.contract.Declarations;
import org.crepituslab.framework.io.AtomicFiles;
import org.crepituslab.framework.validation.Comparison;
import org.crepituslab.framework.validation.Validation;

/**
 * {@code validate [--out=<file.md>]}: every comparison of every model with analytic results and
 * published measurements, as one table (expected, measured, verdict); exit 1 if any fails. Its
 * output is committed as doc/VALIDATION.md.
 */
public final class ValidateCommand implements Command {
    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String summary() {
        return "compare every model with analytic results and measurements; exit 1 on any failure";
    }

    @Override
    public String usage() {
        return "Usage: crepitus-lab validate [--out=<file.md>]\n\n"
                + "Runs every comparison the screens declare and prints a Markdown table:\n"
                + "model | quantity | expected | source | measured | verdict | how the value arises.\n"
                + "Exit 0 when all pass, 1 when any fails.\n";
    }

    @Override
    public int run(CliArgs args, PrintStream out, PrintStream err) throws Exception {
        args.allowOnly(Set.of("out"));
        args.maxPositional(0);
        Path file = args.has("out") ? Path.of(args.required("out")) : null;
        List<Comparison> rows = new ArrayList<>();
        for (Validation v : Declarations.validations()) {
            rows.addAll(v.run());
        }
        String table = table(rows);
        out.print(table);
        if (file != null) {
            AtomicFiles.write(file, table.getBytes(StandardCharsets.UTF_8));
        }
        long failed = rows.stream().filter(r -> !r.pass()).count();
        out.println(failed == 0 ? "validate: all " + rows.size() + " comparisons pass"
                : "validate: " + failed + " of " + rows.size() + " comparisons FAIL");
        return failed == 0 ? ExitCodes.OK : ExitCodes.FAILED;
    }

    static String table(List<Comparison> rows) {
        StringBuilder sb = new StringBuilder("# Validation: the models against analytic results and measurements\n\n")
                .append("Made by `java -jar target/crepitus-lab.jar validate --out=doc/VALIDATION.md`. "
                        + "A value a modelling constant was chosen to reach is marked as such: it is not a prediction.\n\n")
                .append("| model | quantity | expected | source | measured | verdict | how the value arises |\n")
                .append("|---|---|---|---|---|---|---|\n");
        for (Comparison c : rows) {
            sb.append("| ").append(String.join(" | ", c.model(), c.quantity(), c.expected(), c.source(), c.measured(),
                    c.pass() ? "pass" : "**FAIL**", c.note())).append(" |\n");
        }
        return sb.toString();
    }
}
