package org.crepituslab.classroom.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.crepituslab.classroom.ClassroomText;
import org.crepituslab.classroom.io.SessionFile;
import org.crepituslab.classroom.io.SessionSaver;
import org.crepituslab.classroom.model.ClassSession;
import org.crepituslab.classroom.model.SavedSession;
import org.crepituslab.classroom.server.BindAddress;
import org.crepituslab.classroom.server.ClassServer;
import org.crepituslab.framework.Strings;
import org.crepituslab.framework.UserDirs;
import org.crepituslab.framework.io.AtomicFiles;
import org.crepituslab.framework.cli.CliArgs;
import org.crepituslab.framework.cli.ExitCodes;
import org.crepituslab.framework.cli.UsageException;
import org.crepituslab.quiz.model.Bank;
import org.crepituslab.quiz.model.Question;

/** {@code classroom serve}: one class session with no window, until it is ended or the process is stopped. */
final class ServeRun {
    static final int DEFAULT_PORT = 8765;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    int run(CliArgs args, PrintStream out, PrintStream err) throws Exception {
        args.allowOnly(Set.of("bank", "questions", "bind", "port", "seed", "results"));
        ClassroomText text = ClassroomText.of(Strings.locale());
        Bank bank = SessionSetup.bank(args.required("bank"), text);
        long seed = args.longValue("seed", new Random().nextInt(1_000_000));
        List<Question> chosen = SessionSetup.questions(bank, args.string("questions", null), seed);
        int port = args.integer("port", DEFAULT_PORT, 0, 65535);
        Path results = args.outputFile("results");
        if (results == null) {
            results = UserDirs.dataDir().resolve("classroom").resolve("results-" + LocalDateTime.now().format(STAMP) + ".csv");
            Files.createDirectories(results.getParent());
        }
        BindAddress bind;
        try {
            bind = BindAddress.choose(args.string("bind", null));
        } catch (IOException e) {
            throw new UsageException(e.getMessage());
        }
        Optional<SavedSession> saved = readSaved(results, err);
        Optional<ClassSession> resumed = SessionSetup.resume(bank, saved, seed, text);
        ClassSession session = resumed.orElseGet(() -> SessionSetup.fresh(bank, chosen, seed, text));
        SessionSaver saver = new SessionSaver(session, results,
                msg -> err.println("crepitus-lab classroom: the results could not be saved: " + msg));
        ClassServer server;
        try {
            server = ClassServer.start(session, bind, port, text, saver::savedThrough);
        } catch (RuntimeException e) {
            saver.close();
            err.println("crepitus-lab classroom serve: cannot listen on " + bind.listen().getHostAddress() + ":" + port
                    + ": " + rootMessage(e));
            return ExitCodes.FAILED;
        }
        // SIGTERM: the server's own hook stops it; this one saves what has arrived
        Thread saveOnExit = new Thread(saver::close, "classroom-save-on-exit");
        Runtime.getRuntime().addShutdownHook(saveOnExit);
        out.println("url=" + server.url());
        out.println("code=" + session.code());
        out.println("teacher=" + server.teacherToken());
        out.println("results=" + results.toAbsolutePath());
        out.flush();
        if (bind.message() != null) {
            err.println("crepitus-lab classroom: " + bind.message());
        }
        if (resumed.isPresent()) {
            err.println("crepitus-lab classroom: carrying on the saved session (students: " + session.studentCount()
                    + ", question " + (session.index() + 1) + " of " + session.questions().size() + ")");
        }
        while (!server.awaitStop(1, TimeUnit.SECONDS)) {
            // runs until the teacher ends the session (or SIGTERM)
        }
        saver.close();
        try {
            Runtime.getRuntime().removeShutdownHook(saveOnExit);
        } catch (IllegalStateException shuttingDown) {
            // already exiting: the hook saves
        }
        out.println("ended students=" + session.studentCount() + " answers="
                + session.results().stream().mapToInt(r -> r.answers().size()).sum());
        return ExitCodes.OK;
    }

    private static Optional<SavedSession> readSaved(Path results, PrintStream err) {
        Path file = SessionFile.beside(results);
        try {
            return SessionFile.read(file);
        } catch (IOException | RuntimeException e) {
            try {
                Path aside = AtomicFiles.moveAside(file);
                err.println("crepitus-lab classroom: the saved session could not be read and was moved to " + aside);
            } catch (IOException moveFailed) {
                err.println("crepitus-lab classroom: the saved session could not be read: " + e.getMessage());
            }
            return Optional.empty();
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
