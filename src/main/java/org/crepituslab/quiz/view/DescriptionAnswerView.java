package org.crepituslab.quiz.view;

import java.util.function.Consumer;
import javafx.scene.Node;
import org.crepituslab.framework.Strings;
import org.crepituslab.quiz.model.AnswerRecord;
import org.crepituslab.quiz.model.Response;

/** A description has nothing to answer: "read" is ready at once, and it is not scored. */
final class DescriptionAnswerView extends AnswerView {
    private final Node note = Texts.label(Strings.get("quiz.description.note"), "muted");

    DescriptionAnswerView(Consumer<Response> onChange) {
        super(onChange);
    }

    @Override
    Response initial() {
        return new Response.Read();
    }

    @Override
    Node node() {
        return note;
    }

    @Override
    void lock(AnswerRecord record) {
    }
}
