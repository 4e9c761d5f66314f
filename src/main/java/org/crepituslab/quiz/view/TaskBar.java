package org.crepituslab.quiz.view;

import com.jfoenix.controls.JFXButton;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.crepituslab.framework.ControlPanel;
import org.crepituslab.framework.Strings;
import org.crepituslab.quiz.model.GoalCondition;
import org.crepituslab.quiz.model.SimulationQuestion;

/**
 * Shown across the top of a simulation while a quiz task runs on it: the task in plain words, a
 * checklist of its goals that ticks live as the model meets them, and a "Back to question" button.
 */
final class TaskBar extends VBox {
    private static final PseudoClass MET = PseudoClass.getPseudoClass("met");
    private final List<GoalCondition> goals;
    private final List<Label> items = new ArrayList<>();
    private final String screen;

    TaskBar(SimulationQuestion q, Runnable back) {
        this.goals = q.goal().all();
        this.screen = q.screen();
        getStyleClass().addAll("quiz-task", "task-bar");
        setId("quiz-task-bar");
        Label title = Texts.label(Strings.get("quiz.task.checklist") + ": " + q.task(), "panel-title");
        FlowPane list = new FlowPane(16, 4);
        for (GoalCondition g : goals) {
            Label item = Texts.label("", "body-text");
            item.setMinHeight(Region.USE_PREF_SIZE);
            items.add(item);
            list.getChildren().add(item);
        }
        JFXButton backButton = ControlPanel.button(Strings.get("quiz.task.back"), Strings.get("quiz.task.back.help"), back);
        backButton.getStyleClass().add("secondary-button");
        backButton.setId("quiz-task-back");
        getChildren().addAll(title, list, backButton);
        setSpacing(4);
        update(r -> Double.NaN);
    }

    /** Ticks each goal the model meets now. */
    void update(ToDoubleFunction<String> readout) {
        for (int i = 0; i < goals.size(); i++) {
            GoalCondition g = goals.get(i);
            boolean met = g.isMet(readout.applyAsDouble(g.readout()));
            items.get(i).setText((met ? "\u2611 " : "\u2610 ") + TaskWords.condition(screen, g));
            items.get(i).setId("quiz-task-goal-" + i);
            items.get(i).pseudoClassStateChanged(MET, met);
        }
    }
}
