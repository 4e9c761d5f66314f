package org.crepituslab.quiz.view;

import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.input.KeyEvent;
import org.crepituslab.quiz.model.AnswerRecord;
import org.crepituslab.quiz.model.Response;

/**
 * The answer area of one question type. It turns the learner's input into a {@link Response}
 * (null when nothing usable is chosen) and reports every change; it never scores.
 */
abstract class AnswerView {
    private final Consumer<Response> onChange;

    AnswerView(Consumer<Response> onChange) {
        this.onChange = onChange;
    }

    protected void changed(Response r) {
        onChange.accept(r);
    }

    abstract Node node();

    /** The response the view starts with (an ordering is always some order), or null. */
    Response initial() {
        return null;
    }

    /** Number key n (1-based) pressed; true if it meant something here. */
    boolean choose(int n) {
        return false;
    }

    /** Other keys (arrows for ordering); true if consumed. */
    boolean key(KeyEvent e) {
        return false;
    }

    /** After checking: no more changes; show which choices were right. */
    abstract void lock(AnswerRecord record);

    /** Puts the keyboard focus on the first control, so number keys and Tab work at once. */
    void focusFirst() {
        node().requestFocus();
    }

    /** Stops anything running (the simulation task's goal polling). */
    void dispose() {
    }
}
