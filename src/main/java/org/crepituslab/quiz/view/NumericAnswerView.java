package org.crepituslab.quiz.view;

import javafx.geometry.Pos;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.crepituslab.framework.Strings;
import org.crepituslab.quiz.model.AnswerRecord;
import org.crepituslab.quiz.model.NumericQuestion;
import org.crepituslab.quiz.model.Response;

/** A number field with the unit beside it; a comma works as the decimal mark too. */
final class NumericAnswerView extends AnswerView {
    private final TextField field = new TextField();
    private final Label hint = Texts.label("", "muted");
    private final VBox box;

    NumericAnswerView(NumericQuestion q, Consumer<Response> onChange) {
        super(onChange);
        field.setId("quiz-number");
        field.setPromptText(Strings.get("quiz.numeric.prompt"));
        field.setPrefColumnCount(10);
        field.setAccessibleText(Strings.get("quiz.numeric.accessible")
                + (q.unit() == null ? "" : " (" + q.unit() + ")"));
        field.setAccessibleHelp(Strings.get("quiz.numeric.help"));
        HBox row = new HBox(8, field);
        row.setAlignment(Pos.CENTER_LEFT);
        if (q.unit() != null) {
            row.getChildren().add(Texts.label(q.unit()));
        }
        hint.setId("quiz-number-hint");
        box = new VBox(4, row, hint);
        field.textProperty().addListener((o, a, b) -> update(b));
    }

    /** Parses "20", "-3.5", "3,5" or "1e3"; null for anything else. */
    static Double parse(String text) {
        String t = text.strip().replace('\u2212', '-');
        if (t.matches("-?\\d+,\\d+")) {
            t = t.replace(',', '.');
        }
        try {
            double d = Double.parseDouble(t);
            return Double.isFinite(d) && !t.matches(".*[a-zA-Z&&[^eE]].*") ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void update(String text) {
        Double d = text.isBlank() ? null : parse(text);
        hint.setText(text.isBlank() || d != null ? "" : Strings.get("quiz.numeric.invalid"));
        changed(d == null ? null : new Response.Number(d));
    }

    @Override
    Node node() {
        return box;
    }

    @Override
    void focusFirst() {
        field.requestFocus();
    }

    @Override
    void lock(AnswerRecord record) {
        field.setEditable(false);
        field.setDisable(true);
    }
}
