package org.crepituslab.quiz.view;

import com.jfoenix.controls.JFXButton;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.crepituslab.framework.ControlPanel;
import org.crepituslab.framework.Strings;
import org.crepituslab.framework.audio.AudioOut;
import org.crepituslab.sound.Acoustics;
import org.crepituslab.sound.Pcm;

/**
 * One sound to listen to: a Play button, its waveform, and its acoustics in words. The words and
 * the picture appear once the model has made the sound (it takes a moment, off the FX thread).
 */
final class SoundSlot {
    private static final Logger LOG = Logger.getLogger(SoundSlot.class.getName());

    private final VBox box;
    private final Label words;
    private final WaveformView waveform = new WaveformView();
    private final CompletableFuture<Pcm> sound;
    private final Consumer<String> caption;
    private String description;

    /**
     * @param label   the button's text ("Play the sound", "Play sound A")
     * @param idSuffix appended to the node ids ("" for the question's own sound, "-a" for choice a)
     * @param caption where a "now playing" caption goes
     */
    SoundSlot(String soundName, String label, String idSuffix, Consumer<String> caption) {
        this.caption = caption;
        this.sound = QuizSounds.sound(soundName).orElse(null);
        JFXButton play = ControlPanel.button(label, Strings.get("quiz.sound.play.help"), this::play);
        play.getStyleClass().add("secondary-button");
        play.setId("quiz-play-sound" + idSuffix);
        description = Strings.get(sound == null ? "quiz.sound.unavailable" : "quiz.sound.describing");
        words = Texts.label(Strings.format("quiz.sound.caption", description), "quiz-sound-caption");
        words.setId("quiz-sound-caption" + idSuffix);
        waveform.setId("quiz-sound-waveform" + idSuffix);
        waveform.setAccessibleText(Strings.get("quiz.sound.waveform"));
        box = new VBox(6, play, waveform, words);
        box.getStyleClass().add("quiz-task");
        if (sound != null) {
            sound.thenAccept(pcm -> {
                String text = SoundWords.describe(Acoustics.of(pcm));
                Platform.runLater(() -> {
                    description = text;
                    words.setText(Strings.format("quiz.sound.caption", text));
                    waveform.show(pcm);
                });
            }).exceptionally(e -> {
                LOG.warning("sound synthesis failed: " + e);
                return null;
            });
        }
    }

    VBox node() {
        return box;
    }

    boolean available() {
        return sound != null;
    }

    /** The acoustic description, or a placeholder while the sound is being made. */
    String description() {
        return description;
    }

    void play() {
        if (sound == null) {
            caption.accept(Strings.format("quiz.sound.playingUnavailable", description));
            return;
        }
        caption.accept(Strings.format("quiz.sound.playing", description));
        sound.thenAccept(pcm -> AudioOut.shared().play(pcm)).exceptionally(e -> {
            LOG.warning("sound playback failed: " + e);
            return null;
        });
    }
}
