package org.crepituslab.quiz.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.crepituslab.framework.Strings;
import org.crepituslab.quiz.model.Phase;
import org.crepituslab.quiz.model.QuestionType;
import org.crepituslab.quiz.model.QuizModel;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The schema 2 types in the quiz flow: a description is read, short answer and cloze are typed, an essay self-rated. */
class NewTypesViewTest extends QuizViewFixture {
    private static final Path BANK = Path.of("src/test/resources/org/crepituslab/quiz/new-types.json");
    @Test
    void eachNewTypeHasItsViewScoringAndPlace(FxRobot robot) throws Exception {
        QuizView view = openQuiz(robot);
        load(robot, view, BANK);
        robot.clickOn("#quiz-start");
        QuizModel m = (QuizModel) view.model();
        assertEquals(4, m.session().total());

        assertEquals(QuestionType.DESCRIPTION, view.questionPage().question().type());
        robot.clickOn("#quiz-check");
        assertEquals(Phase.FEEDBACK, m.session().phase());
        assertEquals(Strings.get("quiz.description.done"), text(robot, "#quiz-verdict"), "no right or wrong for reading");
        robot.clickOn("#quiz-next");

        assertEquals(QuestionType.SHORTANSWER, view.questionPage().question().type());
        robot.clickOn("#quiz-text").write("Carbon  Dioxide");
        robot.clickOn("#quiz-check");
        assertTrue(text(robot, "#quiz-verdict").contains(Strings.get("quiz.feedback.right")), text(robot, "#quiz-verdict"));
        assertEquals("Yes, carbon dioxide.", text(robot, "#quiz-answer-feedback"), "the typed answer's own feedback");
        robot.clickOn("#quiz-next");

        assertEquals(QuestionType.CLOZE, view.questionPage().question().type());
        robot.clickOn("#quiz-gap-1");
        robot.clickOn("bubble");
        robot.clickOn("#quiz-gap-2").write("20");
        assertEquals("20", robot.lookup("#quiz-gap-2").queryAs(TextField.class).getText());
        robot.clickOn("#quiz-check");
        assertTrue(text(robot, "#quiz-verdict").contains(Strings.get("quiz.feedback.right")), text(robot, "#quiz-verdict"));
        robot.clickOn("#quiz-next");

        assertEquals(QuestionType.ESSAY, view.questionPage().question().type());
        robot.clickOn("#quiz-essay").write("Gas moving; pain would be a warning.");
        robot.clickOn("#quiz-essay-show");
        robot.clickOn("#quiz-essay-rate-1");
        robot.clickOn("#quiz-check");
        assertTrue(text(robot, "#quiz-verdict").contains("50 %"), text(robot, "#quiz-verdict"));
        robot.clickOn("#quiz-next");
        settle();
        // the description is not counted: three scored questions, 2.5 points
        assertEquals(3, m.session().results().count());
        assertEquals(2.5, m.session().results().points(), 1e-9);
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void aMoodleXmlFileLoadsInTheAppWithoutWritingPictures(FxRobot robot) throws Exception {
        robot.clickOn("#nav-quiz");
        QuizView view = (QuizView) shell.currentView();
        Path cloze = Path.of("src/test/resources/org/crepituslab/quiz/moodlexml/moodle/multianswer.xml");
        robot.interact(() -> view.loadBankFile(cloze));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !view.isLoading());
        settle();
        assertEquals("multianswer", text(robot, "#quiz-bank-title"));
        assertTrue(view.bankPanel().problemsText().contains("left out"), view.bankPanel().problemsText());
        assertEquals(QuestionType.CLOZE, ((QuizModel) view.model()).bank().questions().get(0).type());
    }
}
