package org.crepituslab.quiz.view;

import com.jfoenix.controls.JFXCheckBox;
import com.jfoenix.controls.JFXRadioButton;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckBox;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import org.crepituslab.framework.ControlPanel;
import org.crepituslab.framework.Strings;
import org.crepituslab.quiz.model.AnswerRecord;
import org.crepituslab.quiz.model.Choice;
import org.crepituslab.quiz.model.Response;

/**
 * Numbered choices: radio buttons when one answer is right (single, sound, true/false, a task's
 * follow-up), check boxes when several may be (multiple). Number keys pick or toggle.
 */
final class ChoiceAnswerView extends AnswerView {
    private final List<Choice> shown;
    private final Set<String> right;
    private final boolean multi;
    private final Function<Set<String>, Response> toResponse;
    private final List<ButtonBase> buttons = new ArrayList<>();
    private final VBox box = new VBox(4);

    /**
     * @param shown      the choices in display order
     * @param right      the right choice ids (marked after checking)
     * @param multi      check boxes instead of radio buttons
     * @param toResponse the chosen ids (one for radio buttons) as a response
     */
    ChoiceAnswerView(List<Choice> shown, Set<String> right, boolean multi, Function<Set<String>, Response> toResponse,
                     Consumer<Response> onChange) {
        super(onChange);
        this.shown = shown;
        this.right = right;
        this.multi = multi;
        this.toResponse = toResponse;
        box.setId("quiz-choices");
        ToggleGroup group = new ToggleGroup();
        for (int i = 0; i < shown.size(); i++) {
            Choice c = shown.get(i);
            String text = Strings.format("quiz.choice.numbered", i + 1, c.text());
            ButtonBase b;
            if (multi) {
                JFXCheckBox cb = new JFXCheckBox(text);
                cb.selectedProperty().addListener((o, was, now) -> update());
                b = cb;
            } else {
                JFXRadioButton rb = new JFXRadioButton(text);
                rb.setToggleGroup(group);
                rb.selectedProperty().addListener((o, was, now) -> update());
                b = rb;
            }
            ControlPanel.wrap((javafx.scene.control.Labeled) b);
            b.setId("quiz-choice-" + (i + 1));
            b.getStyleClass().add("quiz-choice");
            b.setMaxWidth(Double.MAX_VALUE);
            b.setAccessibleText(Strings.format("quiz.choice.accessible", i + 1, c.text()));
            b.setAccessibleHelp(Strings.get(multi ? "quiz.choice.help.multi" : "quiz.choice.help.single"));
            buttons.add(b);
            box.getChildren().add(b);
        }
    }

    private boolean isSelected(ButtonBase b) {
        return b instanceof CheckBox cb ? cb.isSelected() : ((RadioButton) b).isSelected();
    }

    private void update() {
        Set<String> ids = new LinkedHashSet<>();
        for (int i = 0; i < buttons.size(); i++) {
            if (isSelected(buttons.get(i))) {
                ids.add(shown.get(i).id());
            }
        }
        changed(ids.isEmpty() ? null : toResponse.apply(ids));
    }

    @Override
    Node node() {
        return box;
    }

    @Override
    boolean choose(int n) {
        if (n < 1 || n > buttons.size() || buttons.get(n - 1).isDisabled()) {
            return false;
        }
        ButtonBase b = buttons.get(n - 1);
        if (b instanceof CheckBox cb) {
            cb.setSelected(!cb.isSelected());
        } else {
            ((RadioButton) b).setSelected(true);
        }
        b.requestFocus();
        return true;
    }

    @Override
    void focusFirst() {
        if (!buttons.isEmpty()) {
            buttons.get(0).requestFocus();
        }
    }

    @Override
    void lock(AnswerRecord record) {
        for (int i = 0; i < buttons.size(); i++) {
            ButtonBase b = buttons.get(i);
            b.setDisable(true);
            boolean isRight = right.contains(shown.get(i).id());
            if (isRight) {
                b.getStyleClass().add("quiz-choice-right");
                b.setText(b.getText() + "  \u2714 " + Strings.get("quiz.choice.right"));
            } else if (isSelected(b)) {
                b.getStyleClass().add("quiz-choice-wrong");
                b.setText(b.getText() + "  \u2718 " + Strings.get("quiz.choice.wrong"));
            }
            b.setAccessibleText(b.getText());
        }
    }

    boolean isMulti() {
        return multi;
    }
}
