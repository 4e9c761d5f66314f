package org.crepituslab.quiz.view;

import javafx.scene.control.ComboBoxBase;
import com.jfoenix.controls.JFXButton;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.crepituslab.framework.ControlPanel;
import org.crepituslab.framework.Strings;
import org.crepituslab.quiz.model.AnswerRecord;
import org.crepituslab.quiz.model.Choice;
import org.crepituslab.quiz.model.ClozeQuestion;
import org.crepituslab.quiz.model.DescriptionQuestion;
import org.crepituslab.quiz.model.EssayQuestion;
import org.crepituslab.quiz.model.FeedbackMode;
import org.crepituslab.quiz.model.MatchingQuestion;
import org.crepituslab.quiz.model.MultipleChoiceQuestion;
import org.crepituslab.quiz.model.NumericQuestion;
import org.crepituslab.quiz.model.OrderingQuestion;
import org.crepituslab.quiz.model.Phase;
import org.crepituslab.quiz.model.Question;
import org.crepituslab.quiz.model.QuizModel;
import org.crepituslab.quiz.model.QuizSession;
import org.crepituslab.quiz.model.Response;
import org.crepituslab.quiz.model.ShortAnswerQuestion;
import org.crepituslab.quiz.model.SimulationQuestion;
import org.crepituslab.quiz.model.SingleChoiceQuestion;
import org.crepituslab.quiz.model.SoundQuestion;
import org.crepituslab.quiz.model.TrueFalseQuestion;

/**
 * One question on screen: where we are, the prompt, the answer area of its type, Check / Next, and
 * the feedback. It forwards input to the model and redraws when the session changes phase.
 */
final class QuestionPage extends VBox {
    private final QuizView host;
    private final QuizModel model;
    private final QuizSession session;
    private final Question question;
    private final int answeredBefore;
    private final AnswerView answers;
    private final FeedbackBox feedback = new FeedbackBox();
    private final JFXButton check;
    private final JFXButton next;

    QuestionPage(QuizView host, QuizModel model, QuizSession session) {
        this.host = host;
        this.model = model;
        this.session = session;
        this.question = session.current();
        this.answeredBefore = session.answers().size();
        getStyleClass().add("quiz-page");
        setId("quiz-question-page");

        Label where = Texts.label(meta(), "quiz-meta");
        where.setId("quiz-position");
        Label prompt = Texts.label(question.prompt(), "quiz-prompt");
        prompt.setId("quiz-prompt");
        getChildren().addAll(where, prompt);
        ImageView image = image();
        if (image != null) {
            getChildren().add(image);
        }
        answers = answerView();
        getChildren().add(answers.node());

        check = ControlPanel.button(Strings.get("quiz.check"), Strings.get("quiz.check.help"), this::check);
        check.getStyleClass().add("primary-button");
        check.setId("quiz-check");
        next = ControlPanel.button(Strings.get(session.total() == session.number() ? "quiz.finishLast" : "quiz.next"),
                Strings.get("quiz.next.help"), this::next);
        next.getStyleClass().add("primary-button");
        next.setId("quiz-next");
        JFXButton end = ControlPanel.button(Strings.get("quiz.end"), Strings.get("quiz.end.help"), this::end);
        end.getStyleClass().add("secondary-button");
        end.setId("quiz-end");
        JFXButton leave = ControlPanel.button(Strings.get("quiz.leave"), Strings.get("quiz.leave.help"), this::leave);
        leave.getStyleClass().add("secondary-button");
        leave.setId("quiz-leave");
        HBox buttons = new HBox(check, next, end, leave);
        buttons.getStyleClass().add("quiz-buttons");
        getChildren().addAll(feedback, buttons);
        Response start = answers.initial();
        if (start != null) {
            model.select(start);
        }
        update();
        host.captions().show(Strings.format("quiz.caption.question", session.number(), session.total(),
                question.prompt()));
    }

    private String meta() {
        String topics = question.topics().stream().map(t -> session.bank().topicTitle(t)).collect(Collectors.joining(", "));
        String attempt = session.attemptOfCurrent() > 1 ? Strings.get("quiz.meta.again") : "";
        return Strings.format("quiz.meta", session.number(), session.total(), topics,
                Strings.get("quiz.difficulty." + question.info().difficulty()),
                Strings.get("quiz.mode." + session.setup().mode().id())) + attempt;
    }

    private ImageView image() {
        String path = question.info().image();
        String base = model.bankProperty().get().baseUrl();
        if (path == null || base == null) {
            return null;
        }
        try {
            ImageView v = new ImageView(new Image(new URL(new URL(base), path.replace('\\', '/')).toExternalForm(), true));
            v.setPreserveRatio(true);
            v.setFitWidth(420);
            v.setFitHeight(260);
            v.setAccessibleText(Strings.get("quiz.image.accessible"));
            v.setId("quiz-image");
            return v;
        } catch (java.net.MalformedURLException e) {
            return null;
        }
    }

    private AnswerView answerView() {
        Question q = question;
        if (q instanceof SingleChoiceQuestion s) {
            return new ChoiceAnswerView(session.displayedChoices(s.choices(), q), Set.of(s.answer()), false,
                    ids -> new Response.Pick(ids.iterator().next()), this::respond);
        }
        if (q instanceof MultipleChoiceQuestion m) {
            return new ChoiceAnswerView(session.displayedChoices(m.choices(), q), m.answers(), true,
                    Response.Picks::new, this::respond);
        }
        if (q instanceof TrueFalseQuestion t) {
            List<Choice> tf = new ArrayList<>(List.of(new Choice("true", Strings.get("quiz.true")),
                    new Choice("false", Strings.get("quiz.false"))));
            return new ChoiceAnswerView(tf, Set.of(Boolean.toString(t.answer())), false,
                    ids -> new Response.Verdict(Boolean.parseBoolean(ids.iterator().next())), this::respond);
        }
        if (q instanceof NumericQuestion n) {
            return new NumericAnswerView(n, this::respond);
        }
        if (q instanceof OrderingQuestion o) {
            return new OrderingAnswerView(session.displayedItems(o), o.items(), this::respond);
        }
        if (q instanceof MatchingQuestion m) {
            return new MatchingAnswerView(m, session.displayedRights(m), this::respond);
        }
        if (q instanceof SoundQuestion s) {
            return new SoundAnswerView(s, session.displayedChoices(s.choices(), q), host, this::respond);
        }
        if (q instanceof ShortAnswerQuestion) {
            return new TextAnswerView(this::respond);
        }
        if (q instanceof ClozeQuestion c) {
            return new ClozeAnswerView(c, this::respond);
        }
        if (q instanceof EssayQuestion e) {
            return new EssayAnswerView(e, this::respond);
        }
        if (q instanceof DescriptionQuestion) {
            return new DescriptionAnswerView(this::respond);
        }
        SimulationQuestion s = (SimulationQuestion) q;
        return new SimulationAnswerView(s, session.displayedChoices(s.followUpChoices(), q), host, this::respond);
    }

    /**
     * False once the model has left this page's session (the learner left the quiz, or a new one
     * began) while an event for the old page was still on its way: a simulation task's poll, a
     * late key or click. Such an event must do nothing (the fuzzer found one that threw).
     */
    private boolean live() {
        return model.session() == session;
    }

    private void respond(Response r) {
        Phase p = session.phase();
        if (!live() || p != Phase.PRESENTING && p != Phase.ANSWERED || session.current() != question) {
            return;
        }
        if (r == null) {
            model.clearSelection();
        } else {
            model.select(r);
        }
    }

    /** True while this page still shows the session's current question (not yet replaced). */
    boolean shows(QuizSession s) {
        return s == session && s.phase() != Phase.RESULTS && s.current() == question
                && (s.phase() == Phase.FEEDBACK ? s.answers().size() == answeredBefore + 1 : s.answers().size() == answeredBefore);
    }

    void update() {
        Phase p = session.phase();
        check.setDisable(p != Phase.ANSWERED);
        boolean fb = p == Phase.FEEDBACK;
        check.setVisible(!fb);
        check.setManaged(!fb);
        next.setVisible(fb);
        next.setManaged(fb);
        if (fb && !feedback.isVisible()) {
            AnswerRecord r = session.lastAnswer();
            answers.lock(r);
            feedback.show(question, r, question.info().showMe() == null ? null : () -> host.showMe(question.info().showMe()));
            host.captions().show(FeedbackBox.verdict(r.score()) + " " + Strings.get("quiz.caption.explained"));
            next.requestFocus();
        }
    }

    void check() {
        if (!live() || session.phase() != Phase.ANSWERED) {
            return;
        }
        FeedbackMode mode = session.setup().effectiveFeedback();
        model.check();
        if (mode == FeedbackMode.END) {
            host.captions().show(Strings.get("quiz.caption.saved"));
        }
    }

    void next() {
        if (live() && session.phase() == Phase.FEEDBACK) {
            model.next();
        }
    }

    /** Ends the quiz now (the results of what was answered follow). */
    void end() {
        if (live()) {
            model.finish();
        }
    }

    /** Leaves the quiz; it stays saved to resume. */
    void leave() {
        if (live()) {
            model.leaveSession();
        }
    }

    /** Number keys choose, Enter checks (or goes on after feedback), → goes on. */
    boolean handleKey(KeyEvent e) {
        KeyCode code = e.getCode();
        boolean typing = e.getTarget() instanceof TextInputControl;
        String text = e.getText();
        if (!typing && code.isDigitKey() && text != null && !text.isEmpty() && Character.isDigit(text.charAt(0))) {
            int n = text.charAt(0) - '0';
            return n >= 1 && answers.choose(n);
        }
        if (code == KeyCode.ENTER) {
            if (e.getTarget() instanceof ComboBoxBase<?> box && box.isShowing()) {
                return false;
            }
            if (session.phase() == Phase.ANSWERED) {
                check();
                return true;
            }
            if (session.phase() == Phase.FEEDBACK) {
                next();
                return true;
            }
            return false;
        }
        if (code == KeyCode.RIGHT && session.phase() == Phase.FEEDBACK) {
            next();
            return true;
        }
        return !typing && answers.key(e);
    }

    /** Focus where the keyboard is useful: the Next button after checking, else the answers. */
    void focus() {
        if (session.phase() == Phase.FEEDBACK) {
            next.requestFocus();
        } else {
            answers.focusFirst();
        }
    }

    AnswerView answers() {
        return answers;
    }

    FeedbackBox feedback() {
        return feedback;
    }

    Question question() {
        return question;
    }

    void dispose() {
        answers.dispose();
    }
}
