package org.crepituslab.quiz.view;

import javafx.scene.layout.Region;
import com.jfoenix.controls.JFXButton;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.crepituslab.framework.ControlPanel;
import org.crepituslab.framework.Strings;
import org.crepituslab.quiz.model.AnswerRecord;
import org.crepituslab.quiz.model.Choice;
import org.crepituslab.quiz.model.Response;

/**
 * Items to put in order with Up/Down buttons; from the keyboard, a number key selects a row and
 * the arrow keys move it. The order shown is always the current answer.
 */
final class OrderingAnswerView extends AnswerView {
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected-row");

    private final List<Choice> order;
    private final List<String> rightOrder;
    private final VBox rows = new VBox(6);
    private int selected = -1;
    private boolean locked;

    OrderingAnswerView(List<Choice> shown, List<Choice> correct, Consumer<Response> onChange) {
        super(onChange);
        this.order = new ArrayList<>(shown);
        this.rightOrder = correct.stream().map(Choice::id).toList();
        rows.setId("quiz-order");
        rebuild();
    }

    private Response response() {
        return new Response.Order(order.stream().map(Choice::id).toList());
    }

    @Override
    Response initial() {
        return response();
    }

    private void rebuild() {
        rows.getChildren().clear();
        for (int i = 0; i < order.size(); i++) {
            final int index = i;
            Choice c = order.get(i);
            Label number = Texts.label(Strings.format("quiz.order.position", i + 1));
            number.setMinWidth(Region.USE_PREF_SIZE);
            Label text = Texts.label(c.text());
            text.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(text, Priority.ALWAYS);
            JFXButton up = ControlPanel.button(Strings.get("quiz.order.up"),
                    Strings.format("quiz.order.up.help", c.text()), () -> move(index, -1));
            JFXButton down = ControlPanel.button(Strings.get("quiz.order.down"),
                    Strings.format("quiz.order.down.help", c.text()), () -> move(index, 1));
            up.setAccessibleText(Strings.format("quiz.order.up.accessible", c.text()));
            down.setAccessibleText(Strings.format("quiz.order.down.accessible", c.text()));
            up.getStyleClass().add("secondary-button");
            down.getStyleClass().add("secondary-button");
            up.setId("quiz-order-up-" + (i + 1));
            down.setId("quiz-order-down-" + (i + 1));
            up.setMinWidth(Region.USE_PREF_SIZE);
            down.setMinWidth(Region.USE_PREF_SIZE);
            up.setDisable(i == 0);
            down.setDisable(i == order.size() - 1);
            HBox row = locked ? new HBox(number, text) : new HBox(number, text, up, down);
            row.getStyleClass().add("quiz-order-row");
            row.setId("quiz-order-row-" + (i + 1));
            row.pseudoClassStateChanged(SELECTED, i == selected);
            row.setAccessibleText(Strings.format("quiz.order.row.accessible", i + 1, c.text()));
            if (locked) {
                boolean inPlace = rightOrder.indexOf(c.id()) == i;
                row.getStyleClass().add(inPlace ? "quiz-choice-right" : "quiz-choice-wrong");
                text.setText(c.text() + (inPlace ? "  \u2714" : "  \u2718 " + Strings.format("quiz.order.belongs",
                        rightOrder.indexOf(c.id()) + 1)));
            }
            rows.getChildren().add(row);
        }
    }

    private void move(int index, int delta) {
        int to = index + delta;
        if (locked || to < 0 || to >= order.size()) {
            return;
        }
        order.add(to, order.remove(index));
        selected = to;
        rebuild();
        changed(response());
    }

    @Override
    Node node() {
        return rows;
    }

    @Override
    boolean choose(int n) {
        if (locked || n < 1 || n > order.size()) {
            return false;
        }
        selected = n - 1;
        rebuild();
        return true;
    }

    @Override
    boolean key(KeyEvent e) {
        if (locked || selected < 0) {
            return false;
        }
        if (e.getCode() == KeyCode.UP) {
            move(selected, -1);
            return true;
        }
        if (e.getCode() == KeyCode.DOWN) {
            move(selected, 1);
            return true;
        }
        return false;
    }

    @Override
    void lock(AnswerRecord record) {
        locked = true;
        selected = -1;
        rebuild();
    }

    List<String> currentOrder() {
        return order.stream().map(Choice::id).toList();
    }
}
