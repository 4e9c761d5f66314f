package org.crepituslab.quiz.view;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import org.crepituslab.framework.Strings;
import org.crepituslab.quiz.model.AnswerRecord;
import org.crepituslab.quiz.model.ClozeGap;
import org.crepituslab.quiz.model.ClozeQuestion;
import org.crepituslab.quiz.model.Response;

/** The cloze text with a drop-down or a field in each gap, flowing like a sentence. */
final class ClozeAnswerView extends AnswerView {
    private final FlowPane flow = new FlowPane(4, 6);
    private final List<Control> controls = new ArrayList<>();
    private final List<String> values = new ArrayList<>();

    ClozeAnswerView(ClozeQuestion q, Consumer<Response> onChange) {
        super(onChange);
        flow.setId("quiz-cloze");
        List<String> pieces = q.pieces();
        List<Integer> order = q.gapOrder();
        for (int i = 0; i < q.gaps().size(); i++) {
            values.add(null);
        }
        for (int i = 0; i < pieces.size(); i++) {
            for (String word : pieces.get(i).split("(?<=\\s)")) {
                if (!word.isBlank()) {
                    flow.getChildren().add(Texts.label(word.strip()));
                }
            }
            if (i < order.size()) {
                flow.getChildren().add(gap(q.gaps().get(order.get(i) - 1), order.get(i) - 1));
            }
        }
    }

    private Control gap(ClozeGap g, int index) {
        Control c;
        if (g.typed()) {
            TextField f = new TextField();
            f.setPrefColumnCount(10);
            f.textProperty().addListener((o, a, b) -> set(index, b.isBlank() ? null : b));
            c = f;
        } else {
            ComboBox<String> box = new ComboBox<>();
            box.getItems().addAll(g.options());
            box.valueProperty().addListener((o, a, b) -> set(index, b));
            c = box;
        }
        c.setId("quiz-gap-" + (index + 1));
        c.setAccessibleText(Strings.format("quiz.cloze.gap", index + 1));
        controls.add(c);
        return c;
    }

    private void set(int index, String value) {
        values.set(index, value);
        changed(values.stream().allMatch(v -> v == null) ? null : new Response.Blanks(values));
    }

    @Override
    Node node() {
        return flow;
    }

    @Override
    void focusFirst() {
        if (!controls.isEmpty()) {
            controls.get(0).requestFocus();
        }
    }

    @Override
    void lock(AnswerRecord record) {
        controls.forEach(c -> c.setDisable(true));
    }
}
