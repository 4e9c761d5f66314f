package org.crepituslab.quiz.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.crepituslab.framework.cli.ExitCodes;
import org.crepituslab.framework.cli.CliArgs;
import org.crepituslab.framework.cli.Command;
import org.crepituslab.framework.cli.UsageException;
import org.crepituslab.quiz.bank.BankLoader;
import org.crepituslab.quiz.bank.LoadResult;
import org.crepituslab.quiz.model.Bank;
import org.crepituslab.quiz.model.ChoiceFairness;
import org.crepituslab.quiz.model.QuestionType;

/** {@code quiz stats | validate | import-* | export-*}: question banks from the command line. */
public final class QuizCommand implements Command {
    private static final String SUBCOMMANDS = "stats, validate, import-gift, import-moodle-xml, export-gift,"
            + " export-moodle-xml or export-results";

    @Override
    public String name() {
        return "quiz";
    }

    @Override
    public String summary() {
        return "question banks: stats, validate, import and export GIFT and Moodle XML, export results";
    }

    @Override
    public String usage() {
        return """
                Usage: crepitus-lab quiz <subcommand> ...
                  quiz stats [--bank=<file>] [--fairness]
                      one line "<type> <count>" per question type, then "total <N>"
                      --bank      a JSON bank file (default: the built-in bank)
                      --fairness  then how guessable the choices are: "longest_correct_share=<f>"
                                  (right answer is the longest choice), "key_first_share=<f>" (a right
                                  answer is stored first), "truefalse_true=<n> truefalse_false=<n>";
                                  over single, multiple, sound and simulation follow-up questions
                  quiz validate <file>
                      exit 0 and a summary if the bank is valid; exit 1 and every problem
                      (file:line:column: field: what was expected) if not
                  quiz import-gift <in.gift> [--out=<bank.json>]
                      converts Moodle GIFT to a bank; prints the count per type and every skipped
                      construct with its line; exit 1 if nothing can be imported or the result
                      would not be a valid bank (nothing is written then)
                      --out       the bank to write (default: the input name with .json)
                  quiz import-moodle-xml <in.xml> [--out=<bank.json>]
                      the same for Moodle XML; embedded pictures are written beside the bank
                  quiz export-gift <bank.json|builtin> --out=<file.gift>
                  quiz export-moodle-xml <bank.json|builtin> --out=<file.xml>
                      writes the bank for Moodle; lists what the format cannot carry
                      ("not carried ..."): sounds and simulation tasks become descriptions
                  quiz export-results --profile=<name> --out=<file.csv> [--bank=<id>]
                      every saved answer of a learner profile as CSV (cells a spreadsheet could
                      run as a formula are escaped)
                """;
    }

    @Override
    public int run(CliArgs args, PrintStream out, PrintStream err) throws Exception {
        if (args.positional().isEmpty()) {
            throw new UsageException("which subcommand? " + SUBCOMMANDS);
        }
        String sub = args.positional().get(0);
        if (args.has("help")) {
            out.print(usage());
            return ExitCodes.OK;
        }
        return switch (sub) {
            case "stats" -> stats(args, out, err);
            case "validate" -> validate(args, out, err);
            case "import-gift" -> BankTransfer.importGift(args, out, err);
            case "import-moodle-xml" -> BankTransfer.importMoodleXml(args, out, err);
            case "export-gift" -> BankTransfer.exportGift(args, out, err);
            case "export-moodle-xml" -> BankTransfer.exportMoodleXml(args, out, err);
            case "export-results" -> ResultsExport.run(args, out, err);
            default -> throw new UsageException("unknown subcommand \"" + sub + "\"; expected " + SUBCOMMANDS);
        };
    }

    private static int stats(CliArgs args, PrintStream out, PrintStream err) throws UsageException {
        args.allowOnly(Set.of("bank", "fairness"));
        args.maxPositional(1);
        Path file = args.path("bank");
        LoadResult r = file == null ? BankLoader.loadBuiltin() : BankLoader.load(file);
        if (!r.ok()) {
            err.println("crepitus-lab quiz stats: the bank is not valid:");
            r.problems().forEach(p -> err.println("  " + Terminal.safe(p.toString())));
            return ExitCodes.FAILED;
        }
        printCounts(r.source().bank(), out);
        if (args.has("fairness")) {
            printFairness(ChoiceFairness.of(r.source().bank()), out);
        }
        return ExitCodes.OK;
    }

    private static void printFairness(ChoiceFairness f, PrintStream out) {
        out.println(String.format(Locale.ROOT, "longest_correct_share=%.3f", f.longestCorrectShare()));
        out.println(String.format(Locale.ROOT, "key_first_share=%.3f", f.keyFirstShare()));
        out.println("truefalse_true=" + f.trueStatements() + " truefalse_false=" + f.falseStatements());
    }

    static void printCounts(Bank bank, PrintStream out) {
        int total = 0;
        for (Map.Entry<QuestionType, Integer> e : bank.countByType().entrySet()) {
            out.println(e.getKey().id() + " " + e.getValue());
            total += e.getValue();
        }
        out.println("total " + total);
    }

    private static int validate(CliArgs args, PrintStream out, PrintStream err) throws UsageException {
        args.allowOnly(Set.of());
        if (args.positional().size() < 2) {
            throw new UsageException("validate needs a bank file, e.g. quiz validate my-bank.json");
        }
        args.maxPositional(2);
        Path file = Path.of(args.positional().get(1));
        LoadResult r = BankLoader.load(file);
        if (!r.ok()) {
            r.problems().forEach(p -> out.println(Terminal.safe(p.toString())));
            out.println("invalid: " + r.problems().size() + " problem" + (r.problems().size() == 1 ? "" : "s")
                    + " in " + file);
            return ExitCodes.FAILED;
        }
        Bank bank = r.source().bank();
        StringBuilder types = new StringBuilder();
        bank.countByType().forEach((t, n) -> {
            if (n > 0) {
                types.append(types.length() == 0 ? "" : ", ").append(t.id()).append(' ').append(n);
            }
        });
        out.println("valid: " + file + ": \"" + Terminal.safe(bank.title()) + "\" (id " + bank.id() + ", schemaVersion "
                + bank.schemaVersion() + "), " + bank.questions().size() + " questions in " + bank.topics().size()
                + " topics (" + types + ")");
        return ExitCodes.OK;
    }
}
