package org.crepituslab.quiz.view;

import com.jfoenix.controls.JFXButton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.crepituslab.framework.ControlPanel;
import org.crepituslab.framework.ScreenView;
import org.crepituslab.framework.Strings;
import org.crepituslab.quiz.model.QuizConstants;
import org.crepituslab.quiz.model.AnswerRecord;
import org.crepituslab.quiz.model.AnswerText;
import org.crepituslab.quiz.model.Choice;
import org.crepituslab.quiz.model.GoalCondition;
import org.crepituslab.quiz.model.Response;
import org.crepituslab.quiz.model.SimulationQuestion;

/**
 * A task on a live screen: "Start the task" opens the screen (afresh, with the task's parameters)
 * through the navigator; the goal is polled on its model's readouts and, once met, the quiz comes
 * back by itself and asks the follow-up question if there is one.
 */
final class SimulationAnswerView extends AnswerView {
    /** Often enough to feel immediate, rarely enough to cost nothing. */
    private static final Duration POLL = Duration.millis(200);

    private final SimulationQuestion question;
    private final QuizView host;
    private final Consumer<Response> onChange;
    private final Label status = Texts.label("", "body-text");
    private final JFXButton start;
    private final JFXButton giveUp;
    private final JFXButton skip;
    private final VBox followUpBox = new VBox(6);
    private final VBox box;
    private final Timeline poll = new Timeline(new KeyFrame(POLL, e -> checkGoal()));
    private ChoiceAnswerView followUp;
    private ScreenView taskView;
    private boolean met;
    private boolean resumed;
    private TaskBar taskBar;

    SimulationAnswerView(SimulationQuestion q, List<Choice> followUpShown, QuizView host, Consumer<Response> onChange) {
        super(onChange);
        this.question = q;
        this.host = host;
        this.onChange = onChange;
        poll.setCycleCount(Timeline.INDEFINITE);
        Label task = Texts.label(q.task(), "panel-title");
        task.setId("quiz-task-text");
        Label screen = Texts.label(Strings.format("quiz.task.screen", screenTitle(q.screen())), "muted");
        Label goal = Texts.label(Strings.format("quiz.task.goal", goalText(q)), "muted");
        goal.setId("quiz-task-goal");
        start = ControlPanel.button(Strings.get("quiz.task.start"), Strings.format("quiz.task.start.help",
                screenTitle(q.screen())), this::startTask);
        start.getStyleClass().add("primary-button");
        start.setId("quiz-task-start");
        giveUp = ControlPanel.button(Strings.get("quiz.task.giveUp"), Strings.get("quiz.task.giveUp.help"), this::giveUp);
        giveUp.getStyleClass().add("secondary-button");
        giveUp.setId("quiz-task-giveup");
        skip = ControlPanel.button(Strings.get("quiz.task.skip"), Strings.get("quiz.task.skip.help"), host::dropCurrent);
        skip.getStyleClass().add("secondary-button");
        skip.setId("quiz-task-skip");
        skip.setVisible(false);
        skip.setManaged(false);
        status.setId("quiz-task-status");
        status.setAccessibleRole(AccessibleRole.TEXT);
        setStatus(Strings.get("quiz.task.notStarted"));
        HBox buttons = new HBox(8, start, giveUp, skip);
        buttons.getStyleClass().add("quiz-buttons");
        VBox taskBox = new VBox(6, task, screen, goal);
        if (!q.parameters().isEmpty()) {
            taskBox.getChildren().add(Texts.label(Strings.format("quiz.task.parameters", parameters(q.screen(), q.parameters())), "muted"));
        }
        taskBox.getChildren().addAll(buttons, status);
        taskBox.getStyleClass().add("quiz-task");
        followUpBox.setId("quiz-task-followup");
        if (q.hasFollowUp()) {
            String right = q.followUpAnswer();
            followUp = new ChoiceAnswerView(followUpShown, Set.of(right), false,
                    ids -> new Response.Task(true, ids.iterator().next()), onChange);
            followUpBox.getChildren().addAll(Texts.label(Strings.get("quiz.task.followUp"), "panel-title"),
                    followUp.node());
        }
        followUpBox.setVisible(false);
        followUpBox.setManaged(false);
        box = new VBox(12, taskBox, followUpBox);
    }

    static String screenTitle(String id) {
        String key = "screen." + id + ".title";
        return Strings.has(key) ? Strings.get(key) : id;
    }

    /** The goals in plain words ("pops: at least 1 and …"), never as code names. */
    static String goalText(SimulationQuestion q) {
        List<String> parts = new ArrayList<>();
        for (GoalCondition c : q.goal().all()) {
            parts.add(TaskWords.condition(q.screen(), c));
        }
        return String.join(Strings.get("quiz.task.and"), parts);
    }

    static String parameters(String screen, Map<String, Double> params) {
        List<String> parts = new ArrayList<>();
        params.forEach((k, v) -> parts.add(TaskWords.setting(screen, k, v)));
        return String.join(", ", parts);
    }

    private void setStatus(String text) {
        status.setText(text);
        status.setAccessibleText(text);
        status.notifyAccessibleAttributeChanged(AccessibleAttribute.TEXT);
    }

    private void startTask() {
        if (met) {
            return;
        }
        taskView = host.navigator().open(question.screen());
        if (taskView == null) {
            poll.stop();
            setStatus(Strings.format("quiz.task.unavailable", screenTitle(question.screen())));
            host.captions().show(status.getText());
            skip.setVisible(true);
            skip.setManaged(true);
            start.setDisable(true);
            return;
        }
        // a task starts from a known state: the screen afresh, then the task's parameters, running,
        // with the goals as a live checklist across the top and a way back to the question
        if (!resumed) {
            taskView.resetAll();
            question.parameters().forEach((k, v) -> taskView.model().setParameter(k, v));
            resumed = true;
        }
        taskBar = new TaskBar(question, () -> host.navigator().returnTo(QuizConstants.SCREEN_ID));
        taskView.showGuide(taskBar);
        taskBar.update(taskView.model()::readout);
        if (taskView.model().isAnimated()) {
            taskView.clock().playingProperty().set(true);
        }
        start.setText(Strings.get("quiz.task.resume"));
        setStatus(Strings.format("quiz.task.working", screenTitle(question.screen())));
        taskView.captions().show(Strings.format("quiz.task.caption", question.task()));
        poll.playFromStart();
    }

    /** Polled while the task runs; public for tests that step the check by hand. */
    void checkGoal() {
        if (met || taskView == null) {
            return;
        }
        if (taskBar != null) {
            taskBar.update(taskView.model()::readout);
        }
        if (question.goal().isMet(taskView.model()::readout)) {
            goalMet();
        }
    }

    private void goalMet() {
        poll.stop();
        met = true;
        closeTaskBar();
        host.navigator().returnTo(QuizConstants.SCREEN_ID);
        String msg = Strings.get(question.hasFollowUp() ? "quiz.task.met.followUp" : "quiz.task.met");
        setStatus(msg);
        host.captions().show(msg);
        start.setDisable(true);
        giveUp.setDisable(true);
        if (followUp != null) {
            followUpBox.setVisible(true);
            followUpBox.setManaged(true);
            followUp.focusFirst();
        } else {
            onChange.accept(new Response.Task(true, null));
        }
    }

    /** Takes the checklist off the simulation (the task is over). */
    private void closeTaskBar() {
        if (taskView != null && taskBar != null && taskView.getTop() == taskBar) {
            taskView.showGuide(null);
        }
        taskBar = null;
    }

    private void giveUp() {
        poll.stop();
        closeTaskBar();
        start.setDisable(true);
        giveUp.setDisable(true);
        onChange.accept(new Response.Task(false, null));
        host.checkNow();
    }

    @Override
    void focusFirst() {
        if (met && followUp != null) {
            followUp.focusFirst();
        } else {
            start.requestFocus();
        }
    }

    boolean isGoalMet() {
        return met;
    }

    @Override
    Node node() {
        return box;
    }

    @Override
    boolean choose(int n) {
        return followUp != null && met && followUp.choose(n);
    }

    @Override
    void lock(AnswerRecord record) {
        poll.stop();
        start.setDisable(true);
        giveUp.setDisable(true);
        if (followUp != null && met) {
            followUp.lock(record);
        }
    }

    @Override
    void dispose() {
        poll.stop();
        closeTaskBar();
    }
}
