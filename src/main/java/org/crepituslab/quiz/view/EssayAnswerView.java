package org.crepituslab.quiz.view;

import com.jfoenix.controls.JFXButton;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.crepituslab.framework.Strings;
import org.crepituslab.quiz.model.AnswerRecord;
import org.crepituslab.quiz.model.EssayQuestion;
import org.crepituslab.quiz.model.Response;

/**
 * An essay: the learner writes, then opens the model answer and rates how much of it they
 * covered. Only that rating is the response: the app never judges the text itself.
 */
final class EssayAnswerView extends AnswerView {
    private static final double[] RATINGS = {1, 0.5, 0};
    private static final String[] KEYS = {"quiz.essay.all", "quiz.essay.some", "quiz.essay.none"};

    private final TextArea text = new TextArea();
    private final VBox box;
    private final VBox compare;
    private final ToggleGroup group = new ToggleGroup();

    EssayAnswerView(EssayQuestion q, Consumer<Response> onChange) {
        super(onChange);
        text.setId("quiz-essay");
        text.setWrapText(true);
        text.setPrefRowCount(6);
        text.setPromptText(Strings.get("quiz.essay.prompt"));
        text.setAccessibleText(Strings.get("quiz.essay.accessible"));
        Label model = Texts.label(q.modelAnswer(), "quiz-model-answer");
        HBox ratings = new HBox(8);
        for (int i = 0; i < RATINGS.length; i++) {
            ToggleButton b = new ToggleButton(Strings.get(KEYS[i]));
            b.setId("quiz-essay-rate-" + i);
            b.setToggleGroup(group);
            double rating = RATINGS[i];
            b.selectedProperty().addListener((o, was, on) -> rate());
            b.setUserData(rating);
            ratings.getChildren().add(b);
        }
        compare = new VBox(6, Texts.label(Strings.get("quiz.essay.model"), "muted"), model,
                Texts.label(Strings.get("quiz.essay.rate")), ratings);
        compare.setVisible(false);
        compare.setManaged(false);
        JFXButton show = new JFXButton(Strings.get("quiz.essay.show"));
        show.setId("quiz-essay-show");
        show.setOnAction(e -> {
            compare.setVisible(true);
            compare.setManaged(true);
        });
        text.textProperty().addListener((o, a, b) -> rate());
        box = new VBox(8, text, show, compare);
    }

    private void rate() {
        if (group.getSelectedToggle() == null) {
            changed(null);
            return;
        }
        changed(new Response.SelfAssessed(text.getText(), (double) group.getSelectedToggle().getUserData()));
    }

    /** Number keys pick a rating once the model answer is open. */
    @Override
    boolean choose(int n) {
        if (!compare.isVisible() || n < 1 || n > RATINGS.length) {
            return false;
        }
        group.selectToggle(group.getToggles().get(n - 1));
        return true;
    }

    @Override
    Node node() {
        return box;
    }

    @Override
    void focusFirst() {
        text.requestFocus();
    }

    @Override
    void lock(AnswerRecord record) {
        text.setEditable(false);
        compare.setDisable(true);
    }
}
