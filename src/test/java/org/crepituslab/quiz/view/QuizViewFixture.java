package org.crepituslab.quiz.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.crepituslab.testing.FxTest;
import org.crepituslab.testing.OwnDataFolder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What every quiz view test needs: its own data folder (so progress from one test never leaks into
 * another; {@link OwnDataFolder}), opening the quiz, loading a bank file and reading a label.
 */
@ExtendWith(OwnDataFolder.class)
abstract class QuizViewFixture extends FxTest {
    /** This test's data folder. */
    Path data;

    @BeforeEach
    void rememberDataFolder() {
        data = Path.of(System.getProperty(OwnDataFolder.DATA_PROPERTY));
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
