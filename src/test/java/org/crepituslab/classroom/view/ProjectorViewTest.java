package org.crepituslab.classroom.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.crepituslab.classroom.ClassFixtures;
import org.crepituslab.classroom.ClassroomText;
import org.crepituslab.classroom.model.ClassSession;
import org.crepituslab.classroom.server.BindAddress;
import org.crepituslab.classroom.server.ClassServer;
import org.crepituslab.quiz.model.ShowMe;
import org.crepituslab.testing.FxTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The projector shows the join code, nicknames as plain text, the live count and the reveal. */
class ProjectorViewTest extends FxTest {
    /** Markup a student might type as a nickname (24 characters: the longest allowed). */
    static final String HOSTILE = "<img src=x onerror=a(1)>";
    private ClassSession session;
    private ClassServer server;
    private Stage projector;
    private ProjectorView view;
    private final List<String> ended = new ArrayList<>();

    @BeforeEach
    void openProjector(FxRobot robot) {
        session = ClassFixtures.session();
        InetAddress lo = InetAddress.getLoopbackAddress();
        server = ClassServer.start(session, new BindAddress(lo, lo, null), 0, ClassroomText.of(Locale.ENGLISH),
                v -> CompletableFuture.completedFuture(null));
        robot.interact(() -> {
            view = new ProjectorView(session, server.url(), ClassroomText.of(Locale.ENGLISH), new ProjectorActions() {
                @Override
                public void showMe(ShowMe link) {
                }

                @Override
                public void playSound(String name) {
                }

                @Override
                public void ended() {
                    ended.add("ended");
                }
            });
            projector = new Stage();
            projector.setScene(new Scene(view, 1024, 720));
            projector.show();
        });
        settle();
    }

    @AfterEach
    void closeProjector(FxRobot robot) {
        robot.interact(() -> {
            view.dispose();
            projector.close();
        });
        server.close();
    }

    private static String label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void showsTheCodeAndNicknamesAsPlainText(FxRobot robot) throws Exception {
        assertTrue(label(robot, "#class-code").contains(ClassFixtures.CODE));
        assertTrue(label(robot, "#class-url").contains(server.url()));
        assertNotNull(robot.lookup("#class-qr").query());
        session.join(ClassFixtures.CODE, HOSTILE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> label(robot, "#class-students").contains("1 student"));
        List<String> shown = new ArrayList<>();
        robot.interact(() -> robot.lookup("#class-names .label").queryAllAs(Label.class).forEach(l -> shown.add(l.getText())));
        assertEquals(List.of(HOSTILE), shown, "the nickname is shown exactly as typed, as text");
        assertEquals(1, robot.from(view).lookup(".image-view").queryAll().size(), "only the QR code is an image");
    }

    @Test
    void theCountFollowsAnswersAndTheRevealShowsTheHistogram(FxRobot robot) throws Exception {
        String ann = session.join(ClassFixtures.CODE, "ann").token();
        session.join(ClassFixtures.CODE, "bob");
        robot.clickOn("#class-next");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> label(robot, "#class-answers").equals("0 of 2 answered"));
        assertEquals("Prompt of q-single", label(robot, "#class-prompt"));
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url() + "api/answer"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"token\":\"" + ann + "\",\"questionId\":\"q-single\",\"answer\":\"b\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(202, r.statusCode());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> label(robot, "#class-answers").equals("1 of 2 answered"));
        assertFalse(robot.lookup("#class-bars").query().isVisible(), "no answers shown before the reveal");
        robot.clickOn("#class-reveal");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#class-bars").query().isVisible());
        assertEquals("Answer: Beta", label(robot, "#class-correct"));
        assertEquals("Because q-single.", label(robot, "#class-explanation"));
        robot.clickOn("#class-podium-on");
        robot.clickOn("#class-end");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !ended.isEmpty());
        List<String> podium = new ArrayList<>();
        robot.interact(() -> robot.lookup("#class-podium .label").queryAllAs(Label.class).forEach(l -> podium.add(l.getText())));
        assertEquals("1. ann \u2014 1 point", podium.get(1));
    }
}
