package org.crepituslab.quiz.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.crepituslab.framework.Strings;
import org.crepituslab.quiz.model.Phase;
import org.crepituslab.quiz.model.QuestionType;
import org.crepituslab.quiz.model.QuizModel;
import org.crepituslab.framework.contract.Declarations;
import org.crepituslab.sound.Pcm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class QuizViewTest extends QuizViewFixture {
    private static final Path RES = Path.of("src/test/resources/org/crepituslab/quiz");
    @AfterEach
    void forgetTestSound() {
        QuizSounds.unregister("pop");
    }

    private static QuizModel model(QuizView v) {
        return (QuizModel) v.model();
    }

    private static void startQuiz(FxRobot robot, String seed) {
        if (seed == null) {
            robot.clickOn("#quiz-start");
            return;
        }
        TextField field = robot.lookup("#quiz-seed").queryAs(TextField.class);
        robot.clickOn(field);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write(seed);
        robot.clickOn("#quiz-start");
    }

    private static QuestionType currentType(QuizView v) {
        return v.questionPage().question().type();
    }

    private static void chooseInCombo(FxRobot robot, String comboId, String text) {
        robot.clickOn(comboId);
        Node cell = robot.lookup(".list-cell").match((Node n) -> n instanceof ListCell<?> c && text.equals(c.getText()))
                .query();
        robot.clickOn(cell);
    }

    @Test
    void aWholeQuizWithASoundQuestionAndASimulationTask(FxRobot robot) throws Exception {
        AtomicInteger synthesised = new AtomicInteger();
        QuizSounds.register("pop", () -> {
            synthesised.incrementAndGet();
            return decayingTone(300, 0.002);
        });
        QuizView view = openQuiz(robot);
        load(robot, view, RES.resolve("full-bank.json"));
        assertEquals("Test bank: one of each type", text(robot, "#quiz-bank-title"));
        assertEquals("A test bank with one question of each type.", text(robot, "#quiz-intro"), "the bank's uiText");
        startQuiz(robot, null);
        QuizModel m = model(view);
        assertEquals(8, m.session().total());

        // 1. single choice, by number key and Enter
        assertEquals(QuestionType.SINGLE, currentType(view));
        robot.type(KeyCode.DIGIT1);
        assertEquals("quiz", shell.currentId(), "number keys answer; they do not switch screens");
        assertTrue(robot.lookup("#quiz-choice-1").queryAs(RadioButton.class).isSelected());
        robot.type(KeyCode.ENTER);
        assertEquals(Phase.FEEDBACK, m.session().phase());
        assertTrue(text(robot, "#quiz-verdict").contains(Strings.get("quiz.feedback.right")));
        assertTrue(shell.currentView().captions().caption().startsWith(Strings.get("quiz.feedback.right")),
                "feedback is announced in the live caption line");
        assertEquals("Dissolved gas comes out of the fluid.", text(robot, "#quiz-explanation"));
        robot.type(KeyCode.RIGHT);

        // 2. multiple choice, one of two right: partial credit
        assertEquals(QuestionType.MULTIPLE, currentType(view));
        robot.type(KeyCode.DIGIT1);
        robot.type(KeyCode.ENTER);
        assertTrue(text(robot, "#quiz-verdict").contains("50 %"), text(robot, "#quiz-verdict"));
        assertTrue(text(robot, "#quiz-right-answer").contains("Nitrogen | Oxygen"));
        robot.type(KeyCode.ENTER);

        // 3. true/false: "False" is answer 2
        assertEquals(QuestionType.TRUEFALSE, currentType(view));
        robot.type(KeyCode.DIGIT2);
        robot.type(KeyCode.ENTER);
        assertTrue(text(robot, "#quiz-verdict").contains(Strings.get("quiz.feedback.right")));
        robot.type(KeyCode.RIGHT);

        // 4. numeric at the tolerance edge, typed (digits go into the field, not to the choices)
        assertEquals(QuestionType.NUMERIC, currentType(view));
        robot.clickOn("#quiz-number").write("25");
        assertEquals("25", robot.lookup("#quiz-number").queryAs(TextField.class).getText());
        robot.type(KeyCode.ENTER);
        assertTrue(text(robot, "#quiz-verdict").contains(Strings.get("quiz.feedback.right")), "20 \u00b1 5 includes 25");
        robot.type(KeyCode.RIGHT);

        // 5. ordering with the keyboard: a number selects a row, the up arrow moves it
        assertEquals(QuestionType.ORDERING, currentType(view));
        OrderingAnswerView ordering = (OrderingAnswerView) view.questionPage().answers();
        List<String> right = List.of("s", "p", "b");
        assertFalse(ordering.currentOrder().equals(right), "shown shuffled");
        for (int target = 0; target < right.size(); target++) {
            int at = ordering.currentOrder().indexOf(right.get(target));
            robot.type(KeyCode.getKeyCode(Integer.toString(at + 1)));
            for (int k = at; k > target; k--) {
                robot.type(KeyCode.UP);
            }
        }
        assertEquals(right, ordering.currentOrder());
        robot.type(KeyCode.ENTER);
        assertTrue(text(robot, "#quiz-verdict").contains(Strings.get("quiz.feedback.right")));
        robot.type(KeyCode.RIGHT);

        // 6. matching with the drop-downs
        assertEquals(QuestionType.MATCHING, currentType(view));
        chooseInCombo(robot, "#quiz-match-1", "Cavitation");
        assertTrue(robot.lookup("#quiz-check").query().isDisabled(), "every left needs a match first");
        chooseInCombo(robot, "#quiz-match-2", "Rough cartilage");
        robot.clickOn("#quiz-check");
        assertTrue(text(robot, "#quiz-verdict").contains(Strings.get("quiz.feedback.right")));
        robot.type(KeyCode.RIGHT);

        // 7. identify the sound: played (sound is off in tests, so it is captioned) and answered
        assertEquals(QuestionType.SOUND, currentType(view));
        assertFalse(robot.lookup("#quiz-sound-unavailable").query().isVisible(), "a provider is registered");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> synthesised.get() == 1);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> text(robot, "#quiz-sound-caption").contains("burst"));
        robot.clickOn("#quiz-play-sound");
        String page = text(robot, "#quiz-sound-caption");
        assertTrue(page.contains("one short burst") && page.contains("300 Hz"), "acoustics in words: " + page);
        assertTrue(shell.currentView().captions().caption().contains("one short burst"),
                shell.currentView().captions().caption());
        for (String giveaway : List.of("gas", "bubble", "cavitation", "joint", "pop")) {
            assertFalse(page.toLowerCase(Locale.ROOT).contains(giveaway), "the caption names the cause: " + page);
        }
        robot.type(KeyCode.DIGIT1);
        robot.type(KeyCode.ENTER);
        assertTrue(text(robot, "#quiz-verdict").contains(Strings.get("quiz.feedback.right")));
        robot.type(KeyCode.RIGHT);

        // 8. simulation task on the Learn screen; the quiz comes back by itself when the goal is met
        assertEquals(QuestionType.SIMULATION, currentType(view));
        assertTrue(robot.lookup("#quiz-check").query().isDisabled());
        assertFalse(text(robot, "#quiz-task-goal").matches(".*\\b[a-z]+[A-Z]\\w*.*"), "goals in words, not code names: "
                + text(robot, "#quiz-task-goal"));
        robot.clickOn("#quiz-task-start");
        assertEquals("learn", shell.currentId());
        assertTrue(robot.lookup("#quiz-task-bar").query().isVisible(), "the task's checklist is on the screen");
        robot.clickOn("#check-painless");
        settle();
        assertEquals("learn", shell.currentId(), "not the goal yet");
        // the way back keeps the task's progress
        robot.clickOn("#quiz-task-back");
        assertEquals("quiz", shell.currentId());
        robot.clickOn("#quiz-task-start");
        assertEquals("learn", shell.currentId());
        robot.clickOn("#check-bowel");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "quiz".equals(shell.currentId()));
        settle();
        assertEquals(Strings.get("quiz.task.met.followUp"), text(robot, "#quiz-task-status"));
        assertTrue(robot.lookup("#quiz-task-followup").query().isVisible());
        robot.type(KeyCode.DIGIT2);
        robot.type(KeyCode.ENTER);
        assertTrue(text(robot, "#quiz-verdict").contains(Strings.get("quiz.feedback.right")));
        assertEquals(Strings.get("quiz.finishLast"), text(robot, "#quiz-next"));
        robot.type(KeyCode.RIGHT);

        // results: 7.5 of 8, over the bank's pass mark of 75 %, with the bank's own message
        assertEquals(Phase.RESULTS, m.session().phase());
        assertEquals(Strings.format("quiz.results.score", "7.5", 8, "94 %"), text(robot, "#quiz-score"));
        assertEquals("Test bank passed.", text(robot, "#quiz-pass"));
        MasteryChart chart = robot.lookup("#quiz-mastery").queryAs(MasteryChart.class);
        assertTrue(chart.describe().contains("Gases 90 %"), chart.describe());
        assertTrue(chart.describe().contains("Red flags 100 %"), chart.describe());
        assertTrue(robot.lookup("#quiz-practise-weak").query().isDisabled(), "no topic is below the pass mark");
        assertEquals(1, ((javafx.scene.layout.VBox) robot.lookup("#quiz-missed").query()).getChildren().size(),
                "the one not fully right is listed");

        Path csv = data.resolve("results.csv");
        robot.interact(() -> view.exportResults(csv));
        List<String> rows = Files.readAllLines(csv);
        assertEquals("question id,topic,answer,correct,time", rows.get(0));
        assertEquals(9, rows.size());
        assertTrue(rows.get(2).startsWith("t-multiple,gases,Nitrogen,false,"), rows.get(2));

        Path progress = data.resolve("crepitus-lab/quiz/progress-default.json");
        assertTrue(Files.exists(progress), "progress saved in the user data folder");
        assertTrue(Files.readString(progress).contains("t-task"));
    }

    @Test
    void theShowMeLinkOpensItsScreenAndTheQuizWaits(FxRobot robot) throws Exception {
        QuizView view = openQuiz(robot);
        load(robot, view, RES.resolve("full-bank.json"));
        startQuiz(robot, "42");
        QuizModel m = model(view);
        assertEquals(42, m.session().setup().seed(), "the seed typed is the seed used");
        robot.type(KeyCode.DIGIT2).type(KeyCode.ENTER);
        assertTrue(text(robot, "#quiz-verdict").contains(Strings.get("quiz.feedback.wrong")));
        robot.clickOn("#quiz-show-me");
        assertEquals("learn", shell.currentId());
        assertTrue(shell.currentView().captions().caption().contains("Press Quiz"));
        robot.clickOn("#nav-quiz");
        assertEquals(Phase.FEEDBACK, m.session().phase(), "the quiz waited");
        robot.type(KeyCode.ENTER);
        assertEquals(2, m.session().number(), "keys work again at once after coming back");
    }

    @Test
    void aRejectedBankIsListedInFullAndTheCurrentBankStays(FxRobot robot) throws Exception {
        QuizView view = openQuiz(robot);
        String before = text(robot, "#quiz-bank-title");
        Path bad = data.resolve("two-problems.json");
        Files.writeString(bad, Files.readString(RES.resolve("bad/unknown-topic.json"))
                .replace("\"difficulty\": 1", "\"difficulty\": \"hard\""));
        load(robot, view, bad);
        assertEquals(before, text(robot, "#quiz-bank-title"), "the current bank stays loaded");
        assertEquals(Strings.format("quiz.bank.rejected", 2), view.bankPanel().status());
        String problems = view.bankPanel().problemsText();
        assertTrue(problems.contains(bad + ":12:18: questions[0].topics[0]: unknown topic"), problems);
        assertTrue(problems.contains(bad + ":13:21: questions[0].difficulty: expected a whole number"), problems);
        assertTrue(shell.currentView().captions().caption().contains("not loaded"));

        load(robot, view, RES.resolve("gift/moodle-docs-sample.gift"));
        assertEquals("moodle-docs-sample", text(robot, "#quiz-bank-title"));
        assertTrue(view.bankPanel().problemsText().contains("line 29: extra numerical answer"), view.bankPanel().problemsText());

        // the Bank menu: headless tests have no file dialog, which is said, not thrown
        robot.clickOn("#quiz-bank-menu").clickOn(Strings.get("quiz.bank.open"));
        assertEquals(Strings.get("quiz.bank.noDialog"), shell.currentView().captions().caption());
        robot.clickOn("#quiz-bank-menu").clickOn(Strings.get("quiz.bank.builtin"));
        assertEquals(before, text(robot, "#quiz-bank-title"));
    }

    @Test
    void quittingMidQuizAndReopeningResumes(FxRobot robot) throws Exception {
        QuizView view = openQuiz(robot);
        String builtinTitle = text(robot, "#quiz-bank-title");
        startQuiz(robot, "7");
        QuizModel m = model(view);
        robot.interact(() -> {
            m.select(org.crepituslab.quiz.model.Responses.correct(m.session().current()));
            m.check();
        });
        String second = m.session().snapshot().queue().get(0);

        // quit: a brand-new window, as after restarting the app
        FxToolkit.setupStage(this::start);
        settle();
        QuizView reopened = openQuiz(robot);
        assertNotNull(reopened.questionPage(), "resumed straight into the question page");
        assertEquals(second, reopened.questionPage().question().id());
        assertEquals(2, model(reopened).session().number());
        assertTrue(shell.currentView().captions().caption().contains(Strings.format("quiz.caption.resumed", 2,
                model(reopened).session().total())));

        // "Leave for now" keeps it resumable from the setup page
        robot.clickOn("#quiz-leave");
        assertNotNull(robot.lookup("#quiz-resume-box").query());
        robot.clickOn("#quiz-resume");
        assertEquals(second, reopened.questionPage().question().id());
        assertEquals(builtinTitle, text(robot, "#quiz-bank-title"));
    }

    @Test
    void aSoundQuestionWithoutASoundWorksFromItsCaption(FxRobot robot) throws Exception {
        // the app wires every screen's synthesiser at start; this test is about having none
        List<String> names = Declarations.soundNames();
        names.forEach(n -> QuizSounds.register(n, null));
        try {
            soundlessQuestionWorks(robot);
        } finally {
            names.forEach(QuizSounds::unregister);
        }
    }

    private void soundlessQuestionWorks(FxRobot robot) throws Exception {
        QuizView view = openQuiz(robot);
        load(robot, view, RES.resolve("full-bank.json"));
        robot.clickOn("#quiz-topic-gases");
        robot.clickOn("#quiz-topic-flags");
        startQuiz(robot, "1");
        if (currentType(view) == QuestionType.MATCHING) {
            chooseInCombo(robot, "#quiz-match-1", "Cavitation");
            chooseInCombo(robot, "#quiz-match-2", "Rough cartilage");
            robot.type(KeyCode.ENTER).type(KeyCode.ENTER);
        }
        assertEquals(QuestionType.SOUND, currentType(view));
        assertTrue(robot.lookup("#quiz-sound-unavailable").query().isVisible());
        robot.clickOn("#quiz-play-sound");
        assertTrue(shell.currentView().captions().caption().startsWith("Sound unavailable"),
                shell.currentView().captions().caption());
        robot.type(KeyCode.DIGIT2).type(KeyCode.ENTER);
        assertTrue(text(robot, "#quiz-verdict").contains(Strings.get("quiz.feedback.wrong")));
    }

    @Test
    void aCorruptProgressFileIsReportedAndTheQuizStillOpens(FxRobot robot) throws Exception {
        Path folder = Files.createDirectories(data.resolve("crepitus-lab/quiz"));
        Files.writeString(folder.resolve("progress-default.json"), "{ this is not json");
        openQuiz(robot);
        Label notice = robot.lookup("#quiz-progress-notice").queryAs(Label.class);
        assertTrue(notice.getText().contains("moved aside as progress-default.json.corrupt-"), notice.getText());
        assertTrue(robot.lookup("#quiz-start").tryQuery().isPresent(), "the quiz opens anyway");
        startQuiz(robot, "3");
        assertEquals("quiz-question-page", ((Node) ((QuizView) shell.currentView()).currentPage()).getId());
    }

    @Test
    void feedbackAtTheEndHoldsEveryVerdictForTheResults(FxRobot robot) throws Exception {
        QuizView view = openQuiz(robot);
        load(robot, view, RES.resolve("full-bank.json"));
        robot.clickOn("#quiz-topic-sounds");
        robot.clickOn("#quiz-topic-flags");
        robot.clickOn("#quiz-feedback-end");
        TextField count = robot.lookup("#quiz-count .text-field").queryAs(TextField.class);
        robot.doubleClickOn(count).write("2").type(KeyCode.ENTER);
        startQuiz(robot, "5");
        QuizModel m = model(view);
        assertEquals(2, m.session().total());
        for (int i = 0; i < 2; i++) {
            robot.type(KeyCode.DIGIT1).type(KeyCode.ENTER);
            assertTrue(robot.lookup("#quiz-verdict").tryQuery().map(n -> !n.isVisible()).orElse(true),
                    "no verdict before the end");
        }
        assertEquals(Phase.RESULTS, m.session().phase());
        assertEquals(2, ((javafx.scene.layout.VBox) robot.lookup("#quiz-missed").query()).getChildren().size(),
                "every question is listed with its verdict");
    }

    @Test
    void textThatIsNotANumberInTheCountKeepsTheCountInsteadOfThrowing(FxRobot robot) {
        // found by `fuzz --seed=20261123 --seconds=600`: "cc10" committed from the editor threw
        openQuiz(robot);
        @SuppressWarnings("unchecked")
        javafx.scene.control.Spinner<Integer> spinner = robot.lookup("#quiz-count").queryAs(javafx.scene.control.Spinner.class);
        int before = spinner.getValue();
        TextField count = robot.lookup("#quiz-count .text-field").queryAs(TextField.class);
        robot.doubleClickOn(count).write("cc10").type(KeyCode.ENTER);
        assertEquals(before, spinner.getValue(), "the count is kept and nothing was thrown");
    }

    @Test
    void anEventForAPageTheLearnerLeftDoesNothing(FxRobot robot) throws Exception {
        // found by `fuzz --seed=20261123 --seconds=600`: a late check on a left quiz threw
        QuizView view = openQuiz(robot);
        load(robot, view, RES.resolve("full-bank.json"));
        startQuiz(robot, "1");
        QuestionPage page = view.questionPage();
        robot.type(KeyCode.DIGIT1);
        robot.clickOn("#quiz-leave");
        assertNull(model(view).session());
        robot.interact(() -> {
            page.check();
            page.next();
            // found by `fuzz --seed=20261124 --seconds=600` (frame 1905): a click on a left page's
            // "End quiz" threw "no quiz is running"
            ((javafx.scene.control.Button) page.lookup("#quiz-end")).fire();
            ((javafx.scene.control.Button) page.lookup("#quiz-leave")).fire();
        });
        assertNull(model(view).session(), "nothing started or threw");
    }

    /** A short tone that dies away with the given time constant: a click with a clear pitch. */
    private static Pcm decayingTone(double hz, double tau) {
        float[] x = new float[Pcm.RATE / 10];
        for (int i = 0; i < x.length; i++) {
            double t = i / (double) Pcm.RATE;
            x[i] = (float) (0.8 * Math.sin(2 * Math.PI * hz * t) * Math.exp(-t / tau));
        }
        return new Pcm(x, Pcm.RATE);
    }
}
