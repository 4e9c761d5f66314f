package org.crepituslab.facet.view;

import javafx.scene.Node;
import javafx.scene.input.MouseEvent;
import org.crepituslab.facet.model.StretchProgramme;

/**
 * Dragging the joint drawing up or down sets the pull, geared down so that a fraction of a
 * millimetre is a comfortable drag.
 */
final class JointDragListener {
    /** Pull per pixel of vertical drag, m: the pull is a small distance, so the drag is geared down. */
    private static final double PULL_PER_PIXEL = 1e-5;

    private final Node node;
    private final StretchInput input;
    private double dragStartY;
    private double dragStartPull;

    private JointDragListener(Node node, StretchInput input) {
        this.node = node;
        this.input = input;
    }

    /** Lets the node be dragged to pull. */
    static void attach(Node node, StretchInput input) {
        JointDragListener l = new JointDragListener(node, input);
        node.setOnMousePressed(l::pressed);
        node.setOnMouseDragged(l::dragged);
    }

    private void pressed(MouseEvent e) {
        node.requestFocus();
        dragStartY = e.getY();
        dragStartPull = input.requestedPull();
        e.consume(); // an enclosing scroll pane would otherwise take the focus (and the arrow keys)
    }

    private void dragged(MouseEvent e) {
        input.pull(StretchProgramme.clampPull(dragStartPull + (dragStartY - e.getY()) * PULL_PER_PIXEL));
    }
}
