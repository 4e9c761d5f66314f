package org.crepituslab.classroom.view;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import javafx.stage.Window;
import org.crepituslab.classroom.ClassroomText;
import org.crepituslab.classroom.io.SessionSaver;
import org.crepituslab.classroom.model.ClassQuestions;
import org.crepituslab.classroom.model.ClassSession;
import org.crepituslab.classroom.model.Secrets;
import org.crepituslab.classroom.server.BindAddress;
import org.crepituslab.classroom.server.ClassServer;
import org.crepituslab.framework.Strings;
import org.crepituslab.framework.UserDirs;
import org.crepituslab.quiz.model.Question;
import org.crepituslab.quiz.view.ClassSessionHook;

/**
 * Class mode as the quiz screen finds it: starts a session for the chosen questions (on this
 * machine's network address, the usual port or any free one), saves its results in the app's data
 * folder, and opens the projector window.
 */
public final class ClassSessionLauncher implements ClassSessionHook {
    /** The port tried first, so a teacher's address stays the same from one class to the next. */
    static final int PORT = 8765;
    private static final Logger LOG = Logger.getLogger(ClassSessionLauncher.class.getName());
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static ProjectorWindow last;

    @Override
    public Optional<String> open(Request request) {
        ClassroomText text = ClassroomText.of(Strings.locale());
        List<Question> qs = ClassQuestions.first(request.bank(), request.pool(), request.count(), request.seed());
        if (qs.isEmpty()) {
            return Optional.of(text.get("class.noQuestions"));
        }
        ClassSession session = new ClassSession(Secrets.joinCode(),
                ClassQuestions.of(request.bank(), qs, request.seed(), text.get("class.true"), text.get("class.false")),
                System::currentTimeMillis);
        SessionSaver saver = null;
        try {
            Path results = UserDirs.dataDir().resolve("classroom")
                    .resolve("results-" + LocalDateTime.now().format(STAMP) + "-" + session.code() + ".csv");
            Files.createDirectories(results.getParent());
            saver = new SessionSaver(session, results, msg -> LOG.warning("class results not saved: " + msg));
            BindAddress bind = BindAddress.choose(null);
            ClassServer server = start(session, bind, text, saver);
            Window owner = request.owner().getScene() == null ? null : request.owner().getScene().getWindow();
            ProjectorWindow w = new ProjectorWindow(owner, session, server, saver, text, request.showMe());
            w.show();
            last = w;
            return Optional.ofNullable(bind.message() == null ? null : text.get("class.loopbackOnly"));
        } catch (IOException | RuntimeException e) {
            if (saver != null) {
                saver.close();
            }
            LOG.warning("class session failed to start: " + e);
            return Optional.of(text.format("class.startFailed", String.valueOf(e.getMessage())));
        }
    }

    private static ClassServer start(ClassSession session, BindAddress bind, ClassroomText text, SessionSaver saver) {
        try {
            return ClassServer.start(session, bind, PORT, text, saver::savedThrough);
        } catch (RuntimeException portTaken) {
            return ClassServer.start(session, bind, 0, text, saver::savedThrough);
        }
    }

    /** The window opened last (for tests). */
    static ProjectorWindow lastWindow() {
        return last;
    }
}
