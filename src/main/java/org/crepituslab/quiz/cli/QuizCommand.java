package org.crepituslab.quiz.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.crepituslab.framework.cli.ExitCodes;
import org.crepituslab.framework.cli.CliArgs;
import org.crepituslab.framework.cli.Command;
import org.crepituslab.framework.cli.UsageException;
import org.crepituslab.framework.io.AtomicFiles;
import org.crepituslab.quiz.bank.BankLoader;
import org.crepituslab.quiz.bank.BankProblem;
import org.crepituslab.quiz.bank.BankWriter;
import org.crepituslab.quiz.bank.GiftImporter;
import org.crepituslab.quiz.bank.GiftIssue;
import org.crepituslab.quiz.bank.GiftResult;
import org.crepituslab.quiz.bank.ImageCheck;
import org.crepituslab.quiz.bank.LoadResult;
import org.crepituslab.quiz.model.Bank;
import org.crepituslab.quiz.model.ChoiceFairness;
import org.crepituslab.quiz.model.QuestionType;

/** {@code quiz stats | validate | import-gift}: question banks from the command line. */
public final class QuizCommand implements Command {
    @Override
    public String name() {
        return "quiz";
    }

    @Override
    public String summary() {
        return "question banks: stats, validate a bank, import Moodle GIFT";
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
                      construct with its line; exit 1 if nothing can be imported
                      --out       the bank to write (default: the input name with .json)
                """;
    }

    @Override
    public int run(CliArgs args, PrintStream out, PrintStream err) throws Exception {
        if (args.positional().isEmpty()) {
            throw new UsageException("which subcommand? stats, validate or import-gift");
        }
        String sub = args.positional().get(0);
        if (args.has("help")) {
            out.print(usage());
            return ExitCodes.OK;
        }
        return switch (sub) {
            case "stats" -> stats(args, out, err);
            case "validate" -> validate(args, out, err);
            case "import-gift" -> importGift(args, out, err);
            default -> throw new UsageException("unknown subcommand \"" + sub + "\"; expected stats, validate or import-gift");
        };
    }

    private static int stats(CliArgs args, PrintStream out, PrintStream err) throws UsageException {
        args.allowOnly(Set.of("bank", "fairness"));
        args.maxPositional(1);
        Path file = args.path("bank");
        LoadResult r = file == null ? BankLoader.loadBuiltin() : BankLoader.load(file);
        if (!r.ok()) {
            err.println("crepitus-lab quiz stats: the bank is not valid:");
            r.problems().forEach(p -> err.println("  " + p));
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

    private static void printCounts(Bank bank, PrintStream out) {
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
            r.problems().forEach(out::println);
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
        out.println("valid: " + file + ": \"" + bank.title() + "\" (id " + bank.id() + ", schemaVersion "
                + bank.schemaVersion() + "), " + bank.questions().size() + " questions in " + bank.topics().size()
                + " topics (" + types + ")");
        return ExitCodes.OK;
    }

    private static int importGift(CliArgs args, PrintStream out, PrintStream err) throws Exception {
        args.allowOnly(Set.of("out"));
        if (args.positional().size() < 2) {
            throw new UsageException("import-gift needs a GIFT file, e.g. quiz import-gift questions.gift --out=bank.json");
        }
        args.maxPositional(2);
        Path in = Path.of(args.positional().get(1));
        String defaultOut = in.getFileName().toString().replaceFirst("\\.[^.]*$", "") + ".json";
        Path outFile = args.path("out");
        if (outFile == null) {
            outFile = in.toAbsolutePath().resolveSibling(defaultOut);
        }
        if (outFile.toAbsolutePath().getParent() != null && !Files.isDirectory(outFile.toAbsolutePath().getParent())) {
            throw new UsageException("--out: folder " + outFile.toAbsolutePath().getParent() + " does not exist");
        }
        GiftResult result = GiftImporter.importFile(in);
        if (!result.ok()) {
            result.skipped().forEach(i -> out.println("skipped " + i));
            err.println("crepitus-lab quiz import-gift: cannot import: " + result.fatal());
            return ExitCodes.FAILED;
        }
        String json = BankWriter.toJson(result.bank());
        // the importer must only ever write banks this app accepts: check before writing
        LoadResult check = BankLoader.parseText(json, outFile.toString(), ImageCheck.folder(outFile.toAbsolutePath().getParent()));
        if (!check.ok()) {
            err.println("crepitus-lab quiz import-gift: the converted bank failed its own check:");
            check.problems().stream().map(BankProblem::toString).forEach(p -> err.println("  " + p));
            return ExitCodes.FAILED;
        }
        printCounts(result.bank(), out);
        for (GiftIssue i : result.skipped()) {
            out.println("skipped " + i);
        }
        AtomicFiles.write(outFile, json.getBytes(StandardCharsets.UTF_8));
        out.println("wrote " + outFile);
        return ExitCodes.OK;
    }
}
