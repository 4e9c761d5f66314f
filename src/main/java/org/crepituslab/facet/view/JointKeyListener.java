package org.crepituslab.facet.view;

import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.crepituslab.facet.model.StretchProgramme;

/** The joint drawing's keys: ↑/↓ change the pull in small steps; S or Enter starts the standard stretch. */
final class JointKeyListener {
    /** Pull change per arrow-key press, m. */
    private static final double PULL_KEY_STEP = 0.05e-3;

    private final StretchInput input;

    private JointKeyListener(StretchInput input) {
        this.input = input;
    }

    /** Lets the node, when focused, take the keys. */
    static void attach(Node node, StretchInput input) {
        node.setOnKeyPressed(new JointKeyListener(input)::pressed);
    }

    private void pressed(KeyEvent e) {
        if (e.getCode() == KeyCode.UP) {
            input.pull(StretchProgramme.clampPull(input.requestedPull() + PULL_KEY_STEP));
            e.consume();
        } else if (e.getCode() == KeyCode.DOWN) {
            input.pull(StretchProgramme.clampPull(input.requestedPull() - PULL_KEY_STEP));
            e.consume();
        } else if (e.getCode() == KeyCode.S || e.getCode() == KeyCode.ENTER) {
            input.stretch();
            e.consume();
        }
    }
}
