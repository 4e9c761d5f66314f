package org.crepituslab.classroom.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import org.crepituslab.classroom.model.SessionState;
import org.crepituslab.testing.FxTest;
import org.crepituslab.testing.OwnDataFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The quiz set-up page's "Class session" button starts a session and opens the projector; closing it stops the server. */
@ExtendWith(OwnDataFolder.class)
class ClassSessionButtonTest extends FxTest {
    @Test
    void theButtonOpensTheProjectorAndClosingItStopsServing(FxRobot robot) throws Exception {
        robot.clickOn("#nav-quiz");
        settle();
        robot.clickOn("#quiz-class-session");
        settle();
        ProjectorWindow w = ClassSessionLauncher.lastWindow();
        assertNotNull(w, "a projector window opened");
        assertTrue(w.stage().isShowing());
        String code = robot.from(w.view()).lookup("#class-code").queryAs(Label.class).getText();
        assertTrue(code.matches("Code [A-Z2-9]{6}"), code);
        String url = robot.from(w.view()).lookup("#class-url").queryAs(Label.class).getText().replace("Join at ", "");
        HttpClient http = HttpClient.newHttpClient();
        assertEquals(200, http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
        robot.interact(() -> w.stage().close());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> {
            try {
                http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
                return false;
            } catch (Exception refused) {
                return true;
            }
        });
        assertEquals(SessionState.ENDED, w.session().state());
    }
}
