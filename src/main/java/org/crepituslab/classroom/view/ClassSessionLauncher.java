package org.crepituslab.classroom.view;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import javafx.stage.Window;
import org.crepituslab.classroom.ClassroomText;
import org.crepituslab.classroom.io.SessionFile;
import org.crepituslab.classroom.io.SessionSaver;
import org.crepituslab.classroom.model.ClassQuestion;
import org.crepituslab.classroom.model.ClassQuestions;
import org.crepituslab.classroom.model.ClassSession;
import org.crepituslab.classroom.model.SavedSession;
import org.crepituslab.classroom.model.Secrets;
import org.crepituslab.classroom.server.BindAddress;
import org.crepituslab.classroom.server.ClassServer;
import org.crepituslab.framework.Strings;
import org.crepituslab.framework.UserDirs;
import org.crepituslab.quiz.model.Question;
import org.crepituslab.quiz.view.ClassSessionHook;

/**
 * Class mode as the quiz screen finds it: starts a session for the chosen questions (on this
 * machine's network address, the usual port or any free one), or carries on one the app left
 * unfinished, saves its results in the app's data folder, and opens the projector window.
 */
public final class ClassSessionLauncher implements ClassSessionHook {
    /** The port tried first, so a teacher's address stays the same from one class to the next. */
    static final int PORT = 8765;
    private static final Logger LOG = Logger.getLogger(ClassSessionLauncher.class.getName());
    /** An unfinished session older than this is a past class, not one interrupted. */
    private static final Duration RESUME_WITHIN = Duration.ofHours(4);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static ProjectorWindow last;

    @Override
    public Optional<String> open(Request request) {
        ClassroomText text = ClassroomText.of(Strings.locale());
        Path folder = UserDirs.dataDir().resolve("classroom");
        Optional<Map.Entry<Path, ClassSession>> resumed = resume(folder, request, text);
        ClassSession session;
        Path results;
        if (resumed.isPresent()) {
            results = resumed.get().getKey();
            session = resumed.get().getValue();
        } else {
            List<Question> qs = ClassQuestions.first(request.bank(), request.pool(), request.count(), request.seed());
            if (qs.isEmpty()) {
                return Optional.of(text.get("class.noQuestions"));
            }
            session = new ClassSession(Secrets.joinCode(), ClassQuestions.of(request.bank(), qs, request.seed(),
                    text.questionWords()), System::currentTimeMillis);
            results = folder.resolve("results-" + LocalDateTime.now().format(STAMP) + "-" + session.code() + ".csv");
        }
        SessionSaver saver = null;
        try {
            Files.createDirectories(folder);
            saver = new SessionSaver(session, results, msg -> LOG.warning("class results not saved: " + msg));
            BindAddress bind = BindAddress.choose(null);
            ClassServer server = start(session, bind, text, saver);
            Window owner = request.owner().getScene() == null ? null : request.owner().getScene().getWindow();
            ProjectorWindow w = new ProjectorWindow(owner, session, server, saver, text, request.showMe());
            w.show();
            last = w;
            List<String> notes = new ArrayList<>();
            resumed.ifPresent(r -> notes.add(text.format("class.resumed", session.code())));
            if (bind.message() != null) {
                notes.add(text.get("class.loopbackOnly"));
            }
            return notes.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", notes));
        } catch (IOException | RuntimeException e) {
            if (saver != null) {
                saver.close();
            }
            LOG.warning("class session failed to start: " + e);
            return Optional.of(text.format("class.startFailed", String.valueOf(e.getMessage())));
        }
    }

    /**
     * A session of this bank that the app left unfinished within the last hours (it closed or
     * crashed during a class) carries on: same code, so the students' phones continue.
     */
    private static Optional<Map.Entry<Path, ClassSession>> resume(Path folder, Request request, ClassroomText text) {
        Optional<Map.Entry<Path, SavedSession>> saved = SessionFile.latestUnfinished(folder, RESUME_WITHIN);
        if (saved.isEmpty()) {
            return Optional.empty();
        }
        List<Question> qs = new ArrayList<>();
        for (String id : saved.get().getValue().questionIds()) {
            Optional<Question> q = request.bank().question(id);
            if (q.isEmpty() || !ClassQuestion.eligible(q.get())) {
                return Optional.empty();
            }
            qs.add(q.get());
        }
        ClassSession s = ClassSession.restore(saved.get().getValue(), ClassQuestions.of(request.bank(), qs,
                request.seed(), text.questionWords()), System::currentTimeMillis);
        return Optional.of(Map.entry(saved.get().getKey(), s));
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
