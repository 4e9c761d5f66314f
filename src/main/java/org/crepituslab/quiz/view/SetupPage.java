package org.crepituslab.quiz.view;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.util.StringConverter;
import com.jfoenix.controls.JFXButton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.crepituslab.framework.ControlPanel;
import org.crepituslab.framework.Strings;
import org.crepituslab.quiz.model.Bank;
import org.crepituslab.quiz.model.FeedbackMode;
import org.crepituslab.quiz.model.Mastery;
import org.crepituslab.quiz.model.QuizConstants;
import org.crepituslab.quiz.model.QuizMode;
import org.crepituslab.quiz.model.QuizModel;
import org.crepituslab.quiz.model.QuizSetup;
import org.crepituslab.quiz.model.SessionSnapshot;
import org.crepituslab.quiz.model.ShowMe;
import org.crepituslab.quiz.model.TopicScore;

/**
 * Choosing a quiz: topics (with how well each is mastered so far), number of questions, mode,
 * when to give feedback, and the shuffle seed an educator can hand to a whole class.
 */
final class SetupPage extends VBox {
    /** A column of the form narrower than this (in root font sizes) would wrap every line. */
    private static final double MIN_COLUMN_EMS = 26;
    private final QuizModel model;
    private final Bank bank;
    private final Map<String, BooleanProperty> topics = new LinkedHashMap<>();
    private final ObjectProperty<QuizMode> mode = new SimpleObjectProperty<>(QuizMode.QUIZ);
    private final ObjectProperty<FeedbackMode> feedback;
    private final Spinner<Integer> count = new Spinner<>();
    private final TextField seed = new TextField();
    private final Label message = Texts.label("", "body-text");
    private final Consumer<ShowMe> showMe;
    private VBox feedbackBox;

    SetupPage(QuizModel model, String notice, Consumer<ShowMe> showMe) {
        this.model = model;
        this.showMe = showMe;
        this.bank = model.bank();
        this.feedback = new SimpleObjectProperty<>(bank.behaviour().feedback());
        getStyleClass().add("quiz-page");
        setId("quiz-setup");
        Label title = Texts.label(Strings.get("quiz.setup.title"), "page-title");
        Label intro = Texts.label(Texts.ui(bank, "intro"), "body-text");
        intro.setId("quiz-intro");
        Label disclaimer = Texts.label(Strings.get("quiz.disclaimer"), "body-text");
        VBox disclaimerBox = new VBox(disclaimer);
        disclaimerBox.getStyleClass().add("notice");
        getChildren().addAll(title, intro, disclaimerBox);
        if (notice != null) {
            Label n = Texts.label(notice, "body-text");
            n.setId("quiz-progress-notice");
            VBox box = new VBox(n);
            box.getStyleClass().add("verdict-warning");
            getChildren().add(box);
        }
        model.unfinished().ifPresent(s -> getChildren().add(resumeBox(s)));
        getChildren().add(form());
    }

    private VBox resumeBox(SessionSnapshot s) {
        int done = s.answers().size();
        Label l = Texts.label(Strings.format("quiz.resume.text", done + 1, done + s.queue().size(),
                Strings.get("quiz.mode." + s.setup().mode().id())), "body-text");
        JFXButton resume = ControlPanel.button(Strings.get("quiz.resume"), Strings.get("quiz.resume.help"), model::resume);
        resume.getStyleClass().add("primary-button");
        resume.setId("quiz-resume");
        JFXButton discard = ControlPanel.button(Strings.get("quiz.discard"), Strings.get("quiz.discard.help"), () -> {
            model.discardUnfinished();
            getChildren().removeIf(n -> "quiz-resume-box".equals(n.getId()));
        });
        discard.getStyleClass().add("secondary-button");
        discard.setId("quiz-discard");
        HBox buttons = new HBox(resume, discard);
        buttons.getStyleClass().add("quiz-buttons");
        VBox box = new VBox(6, l, buttons);
        box.getStyleClass().add("verdict-benign");
        box.setId("quiz-resume-box");
        return box;
    }

    /** Topics on the left, how to run the quiz on the right, so Start is visible without scrolling. */
    private Columns form() {
        ControlPanel left = new ControlPanel();
        left.setId("quiz-setup-topics");
        ControlPanel right = new ControlPanel();
        right.setId("quiz-setup-form");
        topics(left);
        options(right);
        return new Columns(left, right, MIN_COLUMN_EMS);
    }

    private void topics(ControlPanel p) {
        p.addTitle(Strings.get("quiz.setup.topics"));
        Map<String, TopicScore> mastery = Mastery.of(bank, model.bankProgress());
        for (var t : bank.topics()) {
            BooleanProperty on = new SimpleBooleanProperty(true);
            topics.put(t.id(), on);
            TopicScore m = mastery.get(t.id());
            int n = m == null ? 0 : m.questions();
            String label = Strings.format("quiz.setup.topic", t.title(), n, Texts.percent(m == null ? 0 : m.fraction()));
            var box = p.addCheckBox(label, Strings.get("quiz.setup.topic.help"), on);
            box.setId("quiz-topic-" + t.id());
            on.addListener((o, a, b) -> updateCount());
        }
        HBox allNone = new HBox(ControlPanel.button(Strings.get("quiz.setup.all"), Strings.get("quiz.setup.all.help"),
                () -> topics.values().forEach(b -> b.set(true))),
                ControlPanel.button(Strings.get("quiz.setup.none"), Strings.get("quiz.setup.none.help"),
                        () -> topics.values().forEach(b -> b.set(false))));
        allNone.getChildren().forEach(n -> n.getStyleClass().add("secondary-button"));
        allNone.getStyleClass().add("quiz-buttons");
        p.add(allNone);
    }

    private void options(ControlPanel p) {
        p.addTitle(Strings.get("quiz.setup.mode"));
        ToggleGroup modes = p.addChoice(Strings.get("quiz.setup.mode.label"), List.of(QuizMode.values()),
                m -> Strings.get("quiz.mode." + m.id()) + " \u2014 " + Strings.get("quiz.mode." + m.id() + ".help"), mode);
        modes.getToggles().forEach(t -> ((Node) t).setId("quiz-mode-" + ((QuizMode) t.getUserData()).id()));
        int before = p.getChildren().size();
        ToggleGroup fb = p.addChoice(Strings.get("quiz.setup.feedback"), List.of(FeedbackMode.values()),
                f -> Strings.get("quiz.feedback." + f.id()), feedback);
        fb.getToggles().forEach(t -> ((Node) t).setId("quiz-feedback-" + ((FeedbackMode) t.getUserData()).id()));
        feedbackBox = new VBox(4);
        feedbackBox.getChildren().addAll(new ArrayList<>(p.getChildren().subList(before, p.getChildren().size())));
        p.getChildren().add(feedbackBox);
        mode.addListener((o, a, b) -> {
            feedbackBox.setDisable(b != QuizMode.QUIZ);
            updateCount();
        });

        p.addTitle(Strings.get("quiz.setup.count"));
        count.setId("quiz-count");
        count.setEditable(true);
        count.setAccessibleText(Strings.get("quiz.setup.count"));
        count.setAccessibleHelp(Strings.get("quiz.setup.count.help"));
        count.setPrefWidth(120);
        p.add(count);
        updateCount();

        p.addTitle(Strings.get("quiz.setup.seed"));
        p.addText(Strings.get("quiz.setup.seed.help"));
        seed.setId("quiz-seed");
        seed.setText(Long.toString(new Random().nextInt(1_000_000)));
        seed.setAccessibleText(Strings.get("quiz.setup.seed"));
        seed.setAccessibleHelp(Strings.get("quiz.setup.seed.help"));
        seed.setPrefColumnCount(10);
        JFXButton newSeed = ControlPanel.button(Strings.get("quiz.setup.newSeed"), Strings.get("quiz.setup.newSeed.help"),
                () -> seed.setText(Long.toString(new Random().nextInt(1_000_000))));
        newSeed.getStyleClass().add("secondary-button");
        HBox seedRow = new HBox(8, seed, newSeed);
        seedRow.setAlignment(Pos.CENTER_LEFT);
        p.add(seedRow);

        JFXButton start = ControlPanel.button(Strings.get("quiz.start"), Strings.get("quiz.start.help"), this::start);
        start.getStyleClass().add("primary-button");
        start.setId("quiz-start");
        message.setId("quiz-setup-message");
        p.add(start);
        ClassSessionHook.installed().ifPresent(hook -> {
            JFXButton classSession = ControlPanel.button(Strings.get("quiz.classSession"),
                    Strings.get("quiz.classSession.help"), () -> openClassSession(hook));
            // it opens a window and a network server: not for the fuzzer's random clicks
            classSession.getStyleClass().addAll("secondary-button", "fuzz-skip");
            classSession.setId("quiz-class-session");
            p.add(classSession);
        });
        p.add(message);
    }

    private List<String> chosenTopics() {
        return topics.entrySet().stream().filter(e -> e.getValue().get()).map(Map.Entry::getKey).toList();
    }

    private void updateCount() {
        List<String> chosen = chosenTopics();
        int pool = chosen.isEmpty() ? 0 : bank.questionsIn(chosen).size();
        int max = Math.max(1, pool);
        Integer old = count.getValue();
        int value = old == null ? Math.min(QuizConstants.DEFAULT_QUESTION_COUNT, max) : Math.min(old, max);
        SpinnerValueFactory.IntegerSpinnerValueFactory factory =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(1, max, value);
        factory.setConverter(tolerantConverter(factory));
        count.setValueFactory(factory);
    }

    /**
     * The default converter throws on text that is not a number when the spinner commits its editor
     * (the fuzzer typed "cc10"); this one keeps the current value and the editor shows it again.
     */
    private static StringConverter<Integer> tolerantConverter(SpinnerValueFactory<Integer> factory) {
        return new StringConverter<>() {
            @Override
            public String toString(Integer value) {
                return value == null ? "" : value.toString();
            }

            @Override
            public Integer fromString(String text) {
                try {
                    return Integer.valueOf(text.strip());
                } catch (NumberFormatException | NullPointerException notANumber) {
                    return factory.getValue();
                }
            }
        };
    }

    /** The seed typed, or null (and a message) when it is not a whole number. */
    private Long seedValue() {
        try {
            return Long.parseLong(seed.getText().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    void start() {
        List<String> chosen = chosenTopics();
        if (chosen.isEmpty()) {
            message.setText(Strings.get("quiz.setup.noTopics"));
            return;
        }
        Long s = seedValue();
        if (s == null) {
            message.setText(Strings.get("quiz.setup.badSeed"));
            return;
        }
        int n = count.getValue() == null ? QuizConstants.DEFAULT_QUESTION_COUNT : count.getValue();
        QuizSetup setup = new QuizSetup(chosen.size() == topics.size() ? List.of() : chosen, n, mode.get(),
                feedback.get(), s);
        if (model.start(setup).isEmpty()) {
            message.setText(Strings.get(mode.get() == QuizMode.REVIEW_MISSED ? "quiz.setup.nothingMissed"
                    : "quiz.setup.nothing"));
        }
    }

    /** The chosen topics' questions, count and seed go to class mode, which asks them live. */
    void openClassSession(ClassSessionHook hook) {
        List<String> chosen = chosenTopics();
        Long s = seedValue();
        if (chosen.isEmpty() || s == null) {
            message.setText(Strings.get(chosen.isEmpty() ? "quiz.setup.noTopics" : "quiz.setup.badSeed"));
            return;
        }
        int n = count.getValue() == null ? QuizConstants.DEFAULT_QUESTION_COUNT : count.getValue();
        Optional<String> problem = hook.open(new ClassSessionHook.Request(this, bank, bank.questionsIn(chosen), n, s, showMe));
        message.setText(problem.orElse(""));
    }

    /** For tests and the results page: sets the form without clicking through it. */
    void set(List<String> topicIds, int n, QuizMode m, FeedbackMode f, long seedValue) {
        topics.forEach((id, on) -> on.set(topicIds.isEmpty() || topicIds.contains(id)));
        mode.set(m);
        feedback.set(f);
        count.getValueFactory().setValue(n);
        seed.setText(Long.toString(seedValue));
    }
}
