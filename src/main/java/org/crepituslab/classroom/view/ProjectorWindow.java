package org.crepituslab.classroom.view;

import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.css.PseudoClass;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.crepituslab.classroom.ClassroomText;
import org.crepituslab.classroom.io.SessionSaver;
import org.crepituslab.classroom.model.ClassSession;
import org.crepituslab.classroom.server.ClassServer;
import org.crepituslab.framework.audio.AudioOut;
import org.crepituslab.framework.Themes;
import org.crepituslab.quiz.model.ShowMe;
import org.crepituslab.quiz.view.QuizSounds;

/**
 * The projector window of a running session, with the app's look (stylesheets, font scale,
 * projector theme). Closing it, or the session ending, stops the server and saves the last answers.
 * An ended session's window stays open (the results and the podium are on it) until the teacher closes it.
 */
final class ProjectorWindow implements ProjectorActions {
    private static final double WIDTH = 1024;
    private static final double HEIGHT = 720;
    private static final long STOP_WAIT_SECONDS = 5;
    private final ClassSession session;
    private final ClassServer server;
    private final SessionSaver saver;
    private final Consumer<ShowMe> showMe;
    private final Stage stage = new Stage();
    private final ProjectorView view;
    private final Window owner;
    private boolean finishing;

    ProjectorWindow(Window owner, ClassSession session, ClassServer server, SessionSaver saver, ClassroomText text,
                    Consumer<ShowMe> showMe) {
        this.session = session;
        this.server = server;
        this.saver = saver;
        this.showMe = showMe;
        this.owner = owner;
        view = new ProjectorView(session, server.url(), text, this);
        Scene scene = new Scene(view, WIDTH, HEIGHT);
        if (owner != null && owner.getScene() != null) {
            looksLike(owner.getScene(), scene);
        }
        stage.setTitle(text.get("class.title") + " \u2014 " + session.code());
        stage.setScene(scene);
        stage.setOnHidden(e -> close());
        // not an owned window (it would hide the simulation behind it), but it closes with the app's
        if (owner != null) {
            owner.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> stage.close());
        }
    }

    /** The app's stylesheets, font size and theme on the projector window too. */
    private static void looksLike(Scene app, Scene projector) {
        projector.getStylesheets().setAll(app.getStylesheets());
        Parent root = app.getRoot();
        projector.getRoot().setStyle(root.getStyle());
        projector.getRoot().pseudoClassStateChanged(Themes.PROJECTOR, root.getPseudoClassStates().contains(Themes.PROJECTOR));
        projector.getRoot().pseudoClassStateChanged(PseudoClass.getPseudoClass("class-mode"), true);
    }

    void show() {
        stage.show();
    }

    Stage stage() {
        return stage;
    }

    ProjectorView view() {
        return view;
    }

    ClassSession session() {
        return session;
    }

    @Override
    public void showMe(ShowMe link) {
        showMe.accept(link);
        if (owner instanceof Stage app) {
            app.toFront(); // the simulation opens in the app's window
        }
    }

    @Override
    public void playSound(String name) {
        QuizSounds.provider(name).ifPresent(p -> AudioOut.shared().play(p));
    }

    @Override
    public void ended() {
        finish();
    }

    /** The window closed (or the app's): the session ends here. */
    private void close() {
        session.end();
        view.dispose();
        finish();
    }

    /**
     * The server stops itself a moment after the session ends, so every phone hears that it ended;
     * then the last save is written. Off the toolkit thread, so the window never waits for it.
     */
    private void finish() {
        if (finishing) {
            return;
        }
        finishing = true;
        Thread t = new Thread(() -> {
            try {
                server.awaitStop(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            server.close();
            saver.close();
        }, "classroom-finish");
        t.setDaemon(true);
        t.start();
    }
}
