package org.crepituslab.quiz.view;

import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import org.crepituslab.framework.Strings;
import org.crepituslab.quiz.model.AnswerRecord;
import org.crepituslab.quiz.model.Response;

/** A short-answer field: the typed word or phrase is the response. */
final class TextAnswerView extends AnswerView {
    private final TextField field = new TextField();

    TextAnswerView(Consumer<Response> onChange) {
        super(onChange);
        field.setId("quiz-text");
        field.setPromptText(Strings.get("quiz.text.prompt"));
        field.setPrefColumnCount(24);
        field.setAccessibleText(Strings.get("quiz.text.accessible"));
        field.setAccessibleHelp(Strings.get("quiz.text.help"));
        field.textProperty().addListener((o, a, b) -> changed(b.isBlank() ? null : new Response.Text(b)));
    }

    @Override
    Node node() {
        return field;
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
