package org.crepituslab.app.cli;

import org.crepituslab.framework.cli.ExitCodes;
import org.crepituslab.framework.cli.Command;
import org.crepituslab.framework.cli.UsageException;
import org.crepituslab.framework.cli.CliArgs;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.crepituslab.app.Screens;

/**
 * The jar's command line: {@code java -jar crepitus-lab.jar <command> [--key=value ...]}.
 * Unknown commands or flags print usage on stderr and exit 2; user errors never print a stack trace.
 */
public final class Cli {
    public static final int OK = ExitCodes.OK;
    public static final int FAILED = ExitCodes.FAILED;
    public static final int USAGE = ExitCodes.USAGE;

    private Cli() {
    }

    public static int run(String[] argv, PrintStream out, PrintStream err) {
        if (argv.length == 0 || isHelp(argv[0])) {
            out.print(globalUsage());
            return argv.length == 0 ? USAGE : OK;
        }
        if (argv[0].equals("--version") || argv[0].equals("version")) {
            out.println("crepitus-lab " + version());
            return OK;
        }
        Optional<Command> command = Commands.find(argv[0]);
        if (command.isEmpty()) {
            err.println("crepitus-lab: unknown command \"" + argv[0] + "\"");
            err.print(globalUsage());
            return USAGE;
        }
        Command c = command.get();
        Screens.ensureInstalled(); // commands read the screens' declarations (kinds, contracts, sounds)
        List<String> rest = Arrays.asList(argv).subList(1, argv.length);
        try {
            CliArgs args = CliArgs.parse(rest);
            // commands with sub-kinds ("simulate bubble --help") answer their own help
            if (args.has("help") && args.positional().isEmpty()) {
                out.print(c.usage());
                return OK;
            }
            return c.run(args, out, err);
        } catch (UsageException e) {
            err.println("crepitus-lab " + c.name() + ": " + e.getMessage());
            err.print(c.usage());
            return USAGE;
        } catch (IOException e) {
            err.println("crepitus-lab " + c.name() + ": " + e.getClass().getSimpleName().replace("Exception", "")
                    + " " + e.getMessage());
            return FAILED;
        } catch (Exception e) {
            err.println("crepitus-lab " + c.name() + ": failed: " + e);
            return FAILED;
        }
    }

    private static boolean isHelp(String a) {
        return a.equals("--help") || a.equals("-h") || a.equals("help");
    }

    public static String globalUsage() {
        StringBuilder sb = new StringBuilder();
        sb.append("Usage: java -jar crepitus-lab.jar [<command> [--key=value ...]]\n");
        sb.append("With no command the app opens its window.\n\nCommands:\n");
        for (Command c : Commands.all()) {
            sb.append(String.format("  %-10s %s%n", c.name(), c.summary()));
        }
        sb.append("\n  --help     this text; <command> --help for a command's flags\n");
        sb.append("  --version  the version\n");
        return sb.toString();
    }

    public static String version() {
        try (InputStream in = Cli.class.getResourceAsStream("/org/crepituslab/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}
