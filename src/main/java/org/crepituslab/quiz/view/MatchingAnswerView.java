package org.crepituslab.quiz.view;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.crepituslab.framework.Strings;
import org.crepituslab.quiz.model.AnswerRecord;
import org.crepituslab.quiz.model.MatchPair;
import org.crepituslab.quiz.model.MatchingQuestion;
import org.crepituslab.quiz.model.Response;

/** Each left with a drop-down of the (shuffled) rights; a number key opens that row's drop-down. */
final class MatchingAnswerView extends AnswerView {
    private final MatchingQuestion question;
    private final List<ComboBox<String>> boxes = new ArrayList<>();
    private final List<Label> lefts = new ArrayList<>();
    private final GridPane grid = new GridPane();

    MatchingAnswerView(MatchingQuestion q, List<String> rights, Consumer<Response> onChange) {
        super(onChange);
        this.question = q;
        grid.setId("quiz-matching");
        grid.setHgap(12);
        grid.setVgap(8);
        ColumnConstraints left = new ColumnConstraints();
        left.setPercentWidth(45);
        ColumnConstraints right = new ColumnConstraints();
        right.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(left, right);
        for (int i = 0; i < q.pairs().size(); i++) {
            MatchPair p = q.pairs().get(i);
            Label l = Texts.label(Strings.format("quiz.choice.numbered", i + 1, p.left()), "quiz-choice");
            l.setMaxWidth(Double.MAX_VALUE);
            ComboBox<String> box = new ComboBox<>();
            box.getItems().setAll(rights);
            box.setPromptText(Strings.get("quiz.matching.prompt"));
            box.setId("quiz-match-" + (i + 1));
            box.setMaxWidth(Double.MAX_VALUE);
            box.setAccessibleText(Strings.format("quiz.matching.accessible", p.left()));
            box.setAccessibleHelp(Strings.get("quiz.matching.help"));
            box.valueProperty().addListener((o, a, b) -> update());
            l.setLabelFor(box);
            grid.add(l, 0, i);
            grid.add(box, 1, i);
            boxes.add(box);
            lefts.add(l);
        }
    }

    private void update() {
        List<String> chosen = boxes.stream().map(ComboBox::getValue).toList();
        changed(chosen.contains(null) ? null : new Response.Matches(chosen));
    }

    @Override
    Node node() {
        return grid;
    }

    @Override
    boolean choose(int n) {
        if (n < 1 || n > boxes.size() || boxes.get(n - 1).isDisabled()) {
            return false;
        }
        boxes.get(n - 1).requestFocus();
        boxes.get(n - 1).show();
        return true;
    }

    @Override
    void focusFirst() {
        boxes.get(0).requestFocus();
    }

    @Override
    void lock(AnswerRecord record) {
        for (int i = 0; i < boxes.size(); i++) {
            ComboBox<String> box = boxes.get(i);
            box.setDisable(true);
            String right = question.pairs().get(i).right();
            boolean ok = right.equals(box.getValue());
            Label l = lefts.get(i);
            l.getStyleClass().add(ok ? "quiz-choice-right" : "quiz-choice-wrong");
            l.setText(l.getText() + (ok ? "  \u2714" : "  \u2718 " + Strings.format("quiz.matching.should", right)));
        }
    }

    List<ComboBox<String>> boxes() {
        return boxes;
    }
}
