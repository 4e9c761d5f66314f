package org.crepituslab.quiz.view;

import com.jfoenix.controls.JFXButton;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.logging.Logger;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.crepituslab.framework.ControlPanel;
import org.crepituslab.framework.Strings;
import org.crepituslab.quiz.model.AnswerRecord;
import org.crepituslab.quiz.model.Choice;
import org.crepituslab.quiz.model.Response;
import org.crepituslab.quiz.model.SoundQuestion;
import org.crepituslab.framework.audio.AudioOut;

/**
 * Identify the sound: a Play button, the sound's caption (always shown, so the question works with
 * sound off or no provider) and the choices.
 */
final class SoundAnswerView extends AnswerView {
    private static final Logger LOG = Logger.getLogger(SoundAnswerView.class.getName());

    private final SoundQuestion question;
    private final QuizView host;
    private final ChoiceAnswerView choices;
    private final Label unavailable;
    private final VBox box;
    private int plays;

    SoundAnswerView(SoundQuestion q, List<Choice> shown, QuizView host, Consumer<Response> onChange) {
        super(onChange);
        this.question = q;
        this.host = host;
        this.choices = new ChoiceAnswerView(shown, Set.of(q.answer()), false,
                ids -> new Response.Pick(ids.iterator().next()), onChange);
        JFXButton play = ControlPanel.button(Strings.get("quiz.sound.play"), Strings.get("quiz.sound.play.help"), this::play);
        play.getStyleClass().add("secondary-button");
        play.setId("quiz-play-sound");
        Label caption = Texts.label(Strings.format("quiz.sound.caption", caption()), "quiz-sound-caption");
        caption.setId("quiz-sound-caption");
        unavailable = Texts.label(Strings.get("quiz.sound.unavailable"), "muted");
        unavailable.setId("quiz-sound-unavailable");
        boolean has = QuizSounds.provider(q.sound()).isPresent();
        unavailable.setVisible(!has);
        unavailable.setManaged(!has);
        VBox soundBox = new VBox(6, play, caption, unavailable);
        soundBox.getStyleClass().add("quiz-task");
        box = new VBox(10, soundBox, choices.node());
    }

    /** What the sound is like, in words: the caption for people who cannot hear it. */
    private String caption() {
        return Strings.get("quiz.sound.describe." + question.sound().split("-")[0]);
    }

    void play() {
        plays++;
        host.captions().show(Strings.format("quiz.sound.playing", caption()));
        var sound = QuizSounds.sound(question.sound());
        if (sound.isEmpty()) {
            host.captions().show(Strings.format("quiz.sound.playingUnavailable", caption()));
            return;
        }
        sound.get().thenAccept(pcm -> AudioOut.shared().play(pcm)).exceptionally(e -> {
            LOG.warning("sound synthesis failed: " + e);
            return null;
        });
    }

    int plays() {
        return plays;
    }

    @Override
    Node node() {
        return box;
    }

    @Override
    boolean choose(int n) {
        return choices.choose(n);
    }

    @Override
    void focusFirst() {
        choices.focusFirst();
    }

    @Override
    void lock(AnswerRecord record) {
        choices.lock(record);
    }
}
