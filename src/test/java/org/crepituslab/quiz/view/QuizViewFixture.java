package org.crepituslab.quiz.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.crepituslab.testing.FxTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What every quiz view test needs: its own data folder (so progress from one test never leaks into
 * another), opening the quiz, loading a bank file and reading a label.
 */
abstract class QuizViewFixture extends FxTest {
    private static final String DATA_PROPERTY = "crepituslab.XDG_DATA_HOME";

    @TempDir
    Path data;

    @BeforeEach
    void ownDataFolder() {
        // the quiz model is created when the screen first opens, after this
        System.setProperty(DATA_PROPERTY, data.toString());
    }

    @AfterEach
    void restoreDataFolder() {
        System.clearProperty(DATA_PROPERTY);
    }

    QuizView openQuiz(FxRobot robot) {
        robot.clickOn("#nav-quiz");
        assertEquals("quiz", shell.currentId());
        return (QuizView) shell.currentView();
    }

    static void load(FxRobot robot, QuizView view, Path file) throws Exception {
        robot.interact(() -> view.loadBankFile(file));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !view.isLoading());
        settle();
    }

    static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryLabeled().getText();
    }
}
