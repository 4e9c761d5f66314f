package org.crepituslab.quiz.view;

import com.jfoenix.controls.JFXButton;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.crepituslab.framework.ControlPanel;
import org.crepituslab.framework.Strings;
import org.crepituslab.quiz.model.AnswerFeedback;
import org.crepituslab.quiz.model.AnswerRecord;
import org.crepituslab.quiz.model.AnswerText;
import org.crepituslab.quiz.model.Question;
import org.crepituslab.quiz.model.Scoring;

/**
 * The feedback after checking: right, partly right or not, the explanation, the right answer, the
 * source and a "show me" link. It is a live region: screen readers read it when it appears.
 */
final class FeedbackBox extends VBox {
    private final Label verdict = Texts.label("", "verdict-heading");

    FeedbackBox() {
        setId("quiz-feedback");
        getStyleClass().add("quiz-feedback");
        setAccessibleRole(AccessibleRole.TEXT);
        verdict.setId("quiz-verdict");
        setVisible(false);
        setManaged(false);
    }

    /** The one-line verdict for a score, also used for captions. */
    static String verdict(double score) {
        if (Scoring.isFullyCorrect(score)) {
            return Strings.get("quiz.feedback.right");
        }
        return score > 0 ? Strings.format("quiz.feedback.partly", Texts.percent(score)) : Strings.get("quiz.feedback.wrong");
    }

    void show(Question q, AnswerRecord record, Runnable showMe) {
        getChildren().clear();
        getStyleClass().removeAll("verdict-benign", "verdict-warning");
        getStyleClass().add(record.correct() ? "verdict-benign" : "verdict-warning");
        // a description is read, not answered: no verdict
        String v = !q.type().scored() ? Strings.get("quiz.description.done")
                : (record.correct() ? "\u2714 " : "\u2718 ") + verdict(record.score());
        verdict.setText(v);
        getChildren().add(verdict);
        String own = AnswerFeedback.of(q, record.response());
        if (!own.isEmpty()) {
            Label mine = Texts.label(own, "body-text");
            mine.setId("quiz-answer-feedback");
            getChildren().add(mine);
        }
        Label explanation = Texts.label(q.explanation(), "body-text");
        explanation.setId("quiz-explanation");
        getChildren().add(explanation);
        if (!record.correct() && q.type().scored()) {
            getChildren().add(Texts.label(Strings.format("quiz.feedback.yours", record.answerText()), "body-text"));
            Label right = Texts.label(Strings.format("quiz.feedback.correct", AnswerText.correct(q)), "body-text");
            right.setId("quiz-right-answer");
            getChildren().add(right);
        }
        if (q.info().source() != null) {
            getChildren().add(Texts.label(Strings.format("quiz.feedback.source", q.info().source()), "muted"));
        }
        if (q.info().showMe() != null && showMe != null) {
            String screen = SimulationAnswerView.screenTitle(q.info().showMe().screen());
            JFXButton b = ControlPanel.button(Strings.format("quiz.feedback.showMe", screen),
                    Strings.format("quiz.feedback.showMe.help", screen), showMe);
            b.getStyleClass().add("secondary-button");
            b.setId("quiz-show-me");
            getChildren().add(b);
        }
        setVisible(true);
        setManaged(true);
        String spoken = v + " " + q.explanation();
        setAccessibleText(spoken);
        notifyAccessibleAttributeChanged(AccessibleAttribute.TEXT);
    }

    String verdictText() {
        return verdict.getText();
    }
}
