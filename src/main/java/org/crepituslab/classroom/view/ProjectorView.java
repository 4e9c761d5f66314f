package org.crepituslab.classroom.view;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.crepituslab.classroom.ClassroomText;
import org.crepituslab.classroom.model.ClassQuestion;
import org.crepituslab.classroom.model.ClassSession;
import org.crepituslab.classroom.model.SessionEvent;
import org.crepituslab.classroom.model.SessionState;
import org.crepituslab.classroom.model.Standing;
import org.crepituslab.quiz.model.ShowMe;
import org.crepituslab.quiz.model.SimulationQuestion;
import org.crepituslab.quiz.model.SoundQuestion;

/**
 * The projector's view of a class session. It lays out what the session holds and forwards the
 * teacher's clicks to it; it redraws (on the toolkit thread) when the session announces a change,
 * coalescing a burst of answers into one redraw.
 */
public final class ProjectorView extends BorderPane {
    static final String CSS = Objects.requireNonNull(
            ProjectorView.class.getResource("/org/crepituslab/classroom/classroom.css")).toExternalForm();
    private static final int QR_PIXELS = 270;
    /** Bars longer than this are hard to compare across a wide projector. */
    private static final double BARS_MAX_WIDTH = 900;
    private static final int PODIUM_PLACES = 3;
    /** Nicknames listed on the waiting screen; more are counted, not listed. */
    private static final int NAMES_SHOWN = 60;

    private final ClassSession session;
    private final ClassroomText text;
    private final ProjectorActions actions;
    private final Label students = label("class-students", "class-status");
    private final Label answers = label("class-answers", "class-status");
    private final Label timer = label("class-timer", "class-status");
    private final Label number = label("class-number", "class-muted");
    private final Label prompt = label("class-prompt", "class-prompt");
    private final Label hint = label("class-hint", "class-muted");
    private final Label correct = label("class-correct", "class-correct");
    private final Label explanation = label("class-explanation", "class-text");
    private final FlowPane names = new FlowPane(12, 6);
    private final VBox podium = new VBox(6);
    private final AnswerBars bars;
    private final Button next = new Button();
    private final Button reveal = new Button();
    private final Button showMe = new Button();
    private final Button sound = new Button();
    private final Button end = new Button();
    private final CheckBox podiumOn = new CheckBox();
    private final Timeline clock = new Timeline(new KeyFrame(Duration.seconds(1), e -> tick()));
    private final AtomicBoolean redrawPending = new AtomicBoolean();
    private final Runnable unsubscribe;
    private boolean endedReported;

    public ProjectorView(ClassSession session, String url, ClassroomText text, ProjectorActions actions) {
        this.session = session;
        this.text = text;
        this.actions = actions;
        this.bars = new AnswerBars(text);
        setId("class-projector");
        getStyleClass().add("class-projector");
        getStylesheets().add(CSS);
        setTop(joinBar(url));
        setCenter(body());
        setBottom(buttons());
        clock.setCycleCount(Animation.INDEFINITE);
        unsubscribe = session.events().addListener(this::onEvent);
        redraw();
    }

    private static Label label(String id, String style) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add(style);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    private HBox joinBar(String url) {
        Label join = label("class-url", "class-join");
        join.setText(text.format("class.join", url));
        Label code = label("class-code", "class-code");
        code.setText(text.format("class.code", session.code()));
        Label disclaimer = label("class-disclaimer", "class-muted");
        disclaimer.setText(text.get("class.disclaimer"));
        VBox words = new VBox(8, join, code, disclaimer);
        HBox.setHgrow(words, Priority.ALWAYS);
        ImageView qr = new ImageView(QrCode.of(url, QR_PIXELS));
        qr.setId("class-qr");
        qr.setFitWidth(QR_PIXELS * 2 / 3.0);
        qr.setFitHeight(QR_PIXELS * 2 / 3.0);
        qr.setSmooth(false);
        qr.setAccessibleText(text.get("class.qr"));
        HBox bar = new HBox(16, words, qr);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("class-join-bar");
        return bar;
    }

    private ScrollPane body() {
        HBox status = new HBox(24, students, answers, timer);
        names.setId("class-names");
        bars.setMaxWidth(BARS_MAX_WIDTH);
        podium.setId("class-podium");
        VBox box = new VBox(12, status, number, prompt, hint, bars, correct, explanation, names, podium);
        box.getStyleClass().add("class-body");
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        return scroll;
    }

    private FlowPane buttons() {
        button(next, "class-next", "class.next", session::next);
        button(reveal, "class-reveal", "class.reveal", session::reveal);
        button(showMe, "class-show-me", "class.showMe", () -> link().ifPresent(actions::showMe));
        button(sound, "class-play-sound", "class.playSound", () -> soundName().ifPresent(actions::playSound));
        button(end, "class-end", "class.end", session::end);
        next.setDefaultButton(true);
        podiumOn.setId("class-podium-on");
        podiumOn.setText(text.get("class.podium"));
        podiumOn.setAccessibleHelp(text.get("class.podium.help"));
        podiumOn.selectedProperty().addListener((o, a, b) -> redraw());
        FlowPane row = new FlowPane(10, 8, next, reveal, sound, showMe, podiumOn, end);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("class-buttons");
        return row;
    }

    private void button(Button b, String id, String key, Runnable action) {
        b.setId(id);
        b.setText(text.get(key));
        b.setAccessibleHelp(text.get(key + ".help"));
        b.setOnAction(e -> action.run());
        b.setMinWidth(Region.USE_PREF_SIZE);
    }

    private void onEvent(SessionEvent e) {
        if (redrawPending.compareAndSet(false, true)) {
            Platform.runLater(() -> {
                redrawPending.set(false);
                redraw();
            });
        }
    }

    /** Shows the session as it is now. */
    void redraw() {
        SessionState state = session.state();
        Optional<ClassQuestion> q = session.current();
        int joined = session.studentCount();
        students.setText(text.format("class.students", joined));
        answers.setText(text.format("class.answers", session.answerCount(), joined));
        answers.setVisible(q.isPresent());
        number.setText(q.isPresent() ? text.format("class.question", session.index() + 1, session.questions().size()) : "");
        prompt.setText(switch (state) {
            case WAITING -> text.get("class.waiting");
            case ENDED -> text.format("class.ended", totalAnswers());
            default -> q.map(ClassQuestion::prompt).orElse("");
        });
        String hintKey = q.map(c -> c.question() instanceof SoundQuestion ? "class.soundHint"
                : c.question() instanceof SimulationQuestion ? "class.simulationHint" : null).orElse(null);
        hint.setText(hintKey == null ? "" : text.get(hintKey));
        boolean revealed = state == SessionState.REVEALED && q.isPresent();
        show(bars, revealed);
        if (revealed) {
            bars.show(session.result(session.index()).tallies());
            correct.setText(text.format("class.correct", q.get().correctText()));
            explanation.setText(q.get().question().explanation());
        }
        show(correct, revealed);
        show(explanation, revealed);
        showNames(state == SessionState.WAITING);
        showPodium(state == SessionState.ENDED && podiumOn.isSelected());
        next.setDisable(state == SessionState.ENDED);
        reveal.setDisable(state != SessionState.OPEN);
        end.setDisable(state == SessionState.ENDED);
        show(showMe, link().isPresent());
        showMe.setDisable(!(revealed || q.map(c -> c.question() instanceof SimulationQuestion).orElse(false)));
        show(sound, soundName().isPresent());
        if (state == SessionState.OPEN) {
            clock.play();
            tick();
        } else {
            clock.stop();
            timer.setText("");
        }
        if (state == SessionState.ENDED && !endedReported) {
            endedReported = true;
            actions.ended();
        }
    }

    private int totalAnswers() {
        return session.results().stream().mapToInt(r -> r.answers().size()).sum();
    }

    private void tick() {
        long s = Math.max(0, (System.currentTimeMillis() - session.openedAtMillis()) / 1000);
        timer.setText(text.format("class.timer", String.format("%d:%02d", s / 60, s % 60)));
    }

    private void showNames(boolean on) {
        show(names, on);
        if (!on) {
            return;
        }
        names.getChildren().clear();
        session.students().stream().limit(NAMES_SHOWN).forEach(s -> {
            Label l = new Label(s.name()); // a nickname is text, whatever it contains
            l.getStyleClass().add("class-name");
            names.getChildren().add(l);
        });
    }

    private void showPodium(boolean on) {
        show(podium, on);
        podium.getChildren().clear();
        if (!on) {
            return;
        }
        Label title = label("class-podium-title", "class-join");
        title.setText(text.get("class.podium.title"));
        podium.getChildren().add(title);
        List<Standing> best = session.standings().stream().limit(PODIUM_PLACES).toList();
        for (int i = 0; i < best.size(); i++) {
            Label l = new Label(text.format("class.podium.entry", i + 1, best.get(i).name(),
                    Math.round(best.get(i).total() * 10) / 10.0));
            l.getStyleClass().add("class-text");
            podium.getChildren().add(l);
        }
    }

    private static void show(Node n, boolean on) {
        n.setVisible(on);
        n.setManaged(on);
    }

    /** Where "show me" goes: the question's link, or a simulation task's own screen and settings. */
    private Optional<ShowMe> link() {
        return session.current().map(ClassQuestion::question).map(q -> q.info().showMe() != null ? q.info().showMe()
                : q instanceof SimulationQuestion s ? new ShowMe(s.screen(), s.parameters()) : null);
    }

    private Optional<String> soundName() {
        return session.current().map(ClassQuestion::question)
                .map(q -> q instanceof SoundQuestion s ? s.sound() : null);
    }

    /** Stops listening to the session (the window closed). */
    public void dispose() {
        clock.stop();
        unsubscribe.run();
    }
}
