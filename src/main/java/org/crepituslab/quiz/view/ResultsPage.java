package org.crepituslab.quiz.view;

import com.jfoenix.controls.JFXButton;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.crepituslab.framework.ControlPanel;
import org.crepituslab.framework.Strings;
import org.crepituslab.quiz.model.AnswerText;
import org.crepituslab.quiz.model.Bank;
import org.crepituslab.quiz.model.FeedbackMode;
import org.crepituslab.quiz.model.QuizMode;
import org.crepituslab.quiz.model.QuizModel;
import org.crepituslab.quiz.model.QuizSession;
import org.crepituslab.quiz.model.QuizSetup;
import org.crepituslab.quiz.model.SessionResults;
import org.crepituslab.quiz.model.TopicScore;

/**
 * The end of a quiz: the score against the pass mark, mastery per topic, the questions missed
 * (every question when feedback was kept for the end) with their explanations, and what next.
 */
final class ResultsPage extends VBox {
    private final SessionResults results;

    ResultsPage(QuizView host, QuizModel model, QuizSession session) {
        this.results = session.results();
        Bank bank = session.bank();
        getStyleClass().add("quiz-page");
        setId("quiz-results");
        Label title = Texts.label(Texts.ui(bank, "resultsTitle"), "page-title");
        Label score = Texts.label(Strings.format("quiz.results.score", AnswerText.number(round(results.points())),
                results.count(), Texts.percent(results.fraction())), "section-title");
        score.setId("quiz-score");
        Label pass = Texts.label(results.passed() ? Texts.ui(bank, "passed") : Texts.ui(bank, "notPassed"), "body-text");
        pass.setId("quiz-pass");
        getChildren().addAll(title, score, pass);
        if (results.count() == 0) {
            getChildren().add(Texts.label(Strings.get("quiz.results.none"), "body-text"));
        }

        getChildren().add(Texts.label(Strings.get("quiz.results.mastery"), "section-title"));
        List<MasteryChart.Bar> bars = new ArrayList<>();
        for (TopicScore t : results.topics().values()) {
            bars.add(new MasteryChart.Bar(bank.topicTitle(t.topicId()), t.fraction(),
                    AnswerText.number(round(t.points())) + "/" + t.questions()));
        }
        MasteryChart chart = new MasteryChart(bars, results.passMark());
        chart.setId("quiz-mastery");
        getChildren().add(chart);

        QuizSetup setup = session.setup();
        FlowPane buttons = new FlowPane(8, 8);
        buttons.setId("quiz-results-buttons");
        JFXButton restart = ControlPanel.button(Strings.get("quiz.results.restart"), Strings.get("quiz.results.restart.help"),
                () -> model.start(setup));
        restart.setId("quiz-restart");
        restart.getStyleClass().add("primary-button");
        List<String> weak = results.weakTopics();
        JFXButton practise = ControlPanel.button(Strings.get("quiz.results.practiseWeak"),
                Strings.get("quiz.results.practiseWeak.help"), () -> model.start(new QuizSetup(weak,
                        setup.count(), QuizMode.PRACTICE, FeedbackMode.IMMEDIATE, setup.seed() + 1)));
        practise.setId("quiz-practise-weak");
        practise.getStyleClass().add("secondary-button");
        practise.setDisable(weak.isEmpty());
        JFXButton fresh = ControlPanel.button(Strings.get("quiz.results.new"), Strings.get("quiz.results.new.help"),
                model::leaveSession);
        fresh.setId("quiz-new");
        fresh.getStyleClass().add("secondary-button");
        JFXButton export = ControlPanel.button(Strings.get("quiz.results.export"), Strings.get("quiz.results.export.help"),
                host::chooseExportFile);
        export.setId("quiz-export");
        export.getStyleClass().add("secondary-button");
        buttons.getChildren().addAll(restart, practise, fresh, export);
        getChildren().add(buttons);

        boolean all = setup.effectiveFeedback() == FeedbackMode.END;
        List<SessionResults.QuestionResult> listed = all ? results.questions() : results.missed();
        getChildren().add(Texts.label(Strings.get(all ? "quiz.results.all" : "quiz.results.missed"), "section-title"));
        if (listed.isEmpty()) {
            getChildren().add(Texts.label(Strings.get("quiz.results.noneMissed"), "body-text"));
        }
        VBox list = new VBox(8);
        list.setId("quiz-missed");
        for (SessionResults.QuestionResult r : listed) {
            list.getChildren().add(item(r));
        }
        getChildren().add(list);
        host.captions().show(score.getText() + " " + pass.getText());
    }

    private static VBox item(SessionResults.QuestionResult r) {
        VBox box = new VBox(4);
        box.getStyleClass().add("quiz-result-item");
        Label prompt = Texts.label(r.question().prompt(), "panel-title");
        Label verdict = Texts.label((r.first().correct() ? "\u2714 " : "\u2718 ") + FeedbackBox.verdict(r.first().score()),
                "verdict-heading");
        box.getChildren().addAll(prompt, verdict,
                Texts.label(Strings.format("quiz.feedback.yours", r.first().answerText()), "body-text"));
        if (!r.first().correct()) {
            box.getChildren().add(Texts.label(Strings.format("quiz.feedback.correct", AnswerText.correct(r.question())),
                    "body-text"));
        }
        box.getChildren().add(Texts.label(r.question().explanation(), "muted"));
        box.setAccessibleText(prompt.getText() + " " + verdict.getText());
        return box;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    SessionResults results() {
        return results;
    }
}
