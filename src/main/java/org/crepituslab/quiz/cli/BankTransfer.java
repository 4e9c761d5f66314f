package org.crepituslab.quiz.cli;

import java.io.PrintStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.crepituslab.framework.cli.CliArgs;
import org.crepituslab.framework.cli.ExitCodes;
import org.crepituslab.framework.cli.UsageException;
import org.crepituslab.framework.io.AtomicFiles;
import org.crepituslab.quiz.bank.BankLoader;
import org.crepituslab.quiz.bank.BankProblem;
import org.crepituslab.quiz.bank.BankWriter;
import org.crepituslab.quiz.bank.GiftImporter;
import org.crepituslab.quiz.bank.GiftIssue;
import org.crepituslab.quiz.bank.GiftResult;
import org.crepituslab.quiz.bank.GiftWriter;
import org.crepituslab.quiz.bank.ImageCheck;
import org.crepituslab.quiz.bank.LoadResult;
import org.crepituslab.quiz.bank.MoodleXmlImporter;
import org.crepituslab.quiz.bank.MoodleXmlWriter;
import org.crepituslab.quiz.bank.XmlImport;
import org.crepituslab.quiz.model.Bank;
import org.crepituslab.quiz.model.QuizConstants;

/**
 * {@code quiz import-gift | import-moodle-xml | export-gift | export-moodle-xml}: banks in and out.
 * An import never writes a bank that {@code quiz validate} would refuse: it checks the converted
 * bank first and refuses the input instead, saying why.
 */
final class BankTransfer {
    private BankTransfer() {
    }

    static int importGift(CliArgs args, PrintStream out, PrintStream err) throws Exception {
        Path in = input(args, "import-gift", "questions.gift --out=bank.json");
        Path outFile = output(args, in);
        return write(GiftImporter.importFile(in), Map.of(), outFile, "import-gift", out, err);
    }

    static int importMoodleXml(CliArgs args, PrintStream out, PrintStream err) throws Exception {
        Path in = input(args, "import-moodle-xml", "questions.xml --out=bank.json");
        Path outFile = output(args, in);
        XmlImport x = MoodleXmlImporter.importFile(in);
        return write(x.result(), x.images(), outFile, "import-moodle-xml", out, err);
    }

    static int exportGift(CliArgs args, PrintStream out, PrintStream err) throws Exception {
        return export(args, out, err, "export-gift", "gift");
    }

    static int exportMoodleXml(CliArgs args, PrintStream out, PrintStream err) throws Exception {
        return export(args, out, err, "export-moodle-xml", "xml");
    }

    private static Path input(CliArgs args, String sub, String example) throws UsageException {
        args.allowOnly(Set.of("out"));
        if (args.positional().size() < 2) {
            throw new UsageException(sub + " needs an input file, e.g. quiz " + sub + " " + example);
        }
        args.maxPositional(2);
        return Path.of(args.positional().get(1));
    }

    private static Path output(CliArgs args, Path in) throws UsageException {
        Path outFile = args.outputFile("out");
        return outFile != null ? outFile
                : in.toAbsolutePath().resolveSibling(in.getFileName().toString().replaceFirst("\\.[^.]*$", "") + ".json");
    }

    private static int write(GiftResult result, Map<String, byte[]> images, Path outFile, String sub, PrintStream out,
            PrintStream err) throws Exception {
        String cmd = "crepitus-lab quiz " + sub;
        if (!result.ok()) {
            result.skipped().forEach(i -> out.println("skipped " + Terminal.safe(i.toString())));
            err.println(cmd + ": cannot import: " + Terminal.safe(result.fatal().toString()));
            out.println("cannot import: " + Terminal.safe(result.fatal().message()));
            return ExitCodes.FAILED;
        }
        String json = BankWriter.toJson(result.bank());
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > QuizConstants.MAX_FILE_BYTES || result.bank().questions().size() > QuizConstants.MAX_QUESTIONS) {
            err.println(cmd + String.format(Locale.ROOT, ": refused: the converted bank would be %.1f MB with %d questions;"
                    + " banks are limited to %d MB and %d questions. Split the input into smaller files.",
                    bytes.length / 1048576.0, result.bank().questions().size(), QuizConstants.MAX_FILE_BYTES / 1048576,
                    QuizConstants.MAX_QUESTIONS));
            return ExitCodes.FAILED;
        }
        Path folder = outFile.toAbsolutePath().getParent();
        // the importer must only ever write banks this app accepts: check before writing anything
        LoadResult check = BankLoader.parseText(json, outFile.toString(), pending(folder, images));
        if (!check.ok()) {
            err.println(cmd + ": refused: the converted bank would not be valid:");
            check.problems().stream().map(BankProblem::toString).forEach(p -> err.println("  " + Terminal.safe(p)));
            return ExitCodes.FAILED;
        }
        QuizCommand.printCounts(result.bank(), out);
        for (GiftIssue i : result.skipped()) {
            out.println("skipped " + Terminal.safe(i.toString()));
        }
        for (Map.Entry<String, byte[]> image : images.entrySet()) {
            AtomicFiles.write(folder.resolve(image.getKey()), image.getValue());
            out.println("wrote image " + folder.resolve(image.getKey()));
        }
        AtomicFiles.write(outFile, bytes);
        out.println("wrote " + outFile);
        return ExitCodes.OK;
    }

    /** Images about to be written beside the bank count as present; anything else is checked on disk. */
    private static ImageCheck pending(Path folder, Map<String, byte[]> images) {
        ImageCheck disk = ImageCheck.folder(folder);
        return new ImageCheck() {
            @Override
            public String check(String image) {
                return images.containsKey(image) ? ImageCheck.checkSyntax(image) : disk.check(image);
            }

            @Override
            public URL resolve(String image) {
                return disk.resolve(image);
            }
        };
    }

    private static int export(CliArgs args, PrintStream out, PrintStream err, String sub, String ext) throws Exception {
        args.allowOnly(Set.of("out"));
        if (args.positional().size() < 2) {
            throw new UsageException(sub + " needs a bank, e.g. quiz " + sub + " builtin --out=questions." + ext);
        }
        args.maxPositional(2);
        Path outFile = args.outputFile("out");
        if (outFile == null) {
            throw new UsageException(sub + " needs --out=<file." + ext + ">");
        }
        String source = args.positional().get(1);
        boolean builtin = source.equals("builtin");
        LoadResult r = builtin ? BankLoader.loadBuiltin() : BankLoader.load(Path.of(source));
        if (!r.ok()) {
            err.println("crepitus-lab quiz " + sub + ": the bank is not valid:");
            r.problems().forEach(p -> err.println("  " + Terminal.safe(p.toString())));
            return ExitCodes.FAILED;
        }
        Bank bank = r.source().bank();
        ImageCheck images = builtin ? ImageCheck.resources(BankLoader.BUILTIN_RESOURCE.replaceFirst("[^/]*$", ""))
                : ImageCheck.folder(Path.of(source).toAbsolutePath().getParent());
        GiftWriter.Output o = ext.equals("gift") ? GiftWriter.write(bank) : MoodleXmlWriter.write(bank, images);
        AtomicFiles.write(outFile, o.gift().getBytes(StandardCharsets.UTF_8));
        out.println("exported " + bank.questions().size() + " questions to " + outFile);
        for (String s : o.skipped()) {
            out.println("not carried " + Terminal.safe(s));
        }
        return ExitCodes.OK;
    }
}
