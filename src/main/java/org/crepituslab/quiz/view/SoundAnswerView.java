package org.crepituslab.quiz.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.crepituslab.framework.Strings;
import org.crepituslab.quiz.model.AnswerRecord;
import org.crepituslab.quiz.model.Choice;
import org.crepituslab.quiz.model.Response;
import org.crepituslab.quiz.model.SoundQuestion;

/**
 * Identify the sound: the question's sound (or one sound per choice, for "which of these…"
 * questions), each with a Play button, its waveform and its acoustics in words, then the choices.
 * Nothing shown before the answer says what made the sound.
 */
final class SoundAnswerView extends AnswerView {
    private final ChoiceAnswerView choices;
    private final List<SoundSlot> slots = new ArrayList<>();
    private final Label unavailable;
    private final VBox box;

    SoundAnswerView(SoundQuestion q, List<Choice> shown, QuizView host, Consumer<Response> onChange) {
        super(onChange);
        this.choices = new ChoiceAnswerView(shown, Set.of(q.answer()), false,
                ids -> new Response.Pick(ids.iterator().next()), onChange);
        Consumer<String> caption = text -> host.captions().show(text);
        FlowPane sounds = new FlowPane(12, 8);
        if (q.sound() != null) {
            slots.add(new SoundSlot(q.sound(), Strings.get("quiz.sound.play"), "", caption));
        } else {
            // choice sounds in the order the choices are shown, labelled like the choices
            for (Choice c : shown) {
                slots.add(new SoundSlot(c.sound(), Strings.format("quiz.sound.playChoice", c.text()), "-" + c.id(),
                        caption));
            }
        }
        slots.forEach(s -> sounds.getChildren().add(s.node()));
        unavailable = Texts.label(Strings.get("quiz.sound.unavailableHint"), "muted");
        unavailable.setId("quiz-sound-unavailable");
        boolean all = slots.stream().allMatch(SoundSlot::available);
        unavailable.setVisible(!all);
        unavailable.setManaged(!all);
        box = new VBox(10, sounds, unavailable, choices.node());
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
