package org.crepituslab.tendon.view;

import static org.crepituslab.tendon.view.HipGeometry.HEAD_RADIUS;

import java.util.function.DoubleConsumer;
import java.util.function.Supplier;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.input.MouseEvent;
import org.crepituslab.framework.ModelViewTransform;

/**
 * Turns a press or drag anywhere on the hip into a hip angle: the direction from the femoral head
 * to the pointer. Presses take the keyboard focus too, so the keys work after a click.
 */
final class HipDragListener implements EventHandler<MouseEvent> {
    private final Node target;
    private final Supplier<ModelViewTransform> transform;
    private final DoubleConsumer onAngle;

    private HipDragListener(Node target, Supplier<ModelViewTransform> transform, DoubleConsumer onAngle) {
        this.target = target;
        this.transform = transform;
        this.onAngle = onAngle;
    }

    /** Listens to presses and drags on the target, whose coordinates the transform maps to the model. */
    static void install(Node target, Supplier<ModelViewTransform> transform, DoubleConsumer onAngle) {
        HipDragListener l = new HipDragListener(target, transform, onAngle);
        target.addEventHandler(MouseEvent.MOUSE_PRESSED, l);
        target.addEventHandler(MouseEvent.MOUSE_DRAGGED, l);
    }

    @Override
    public void handle(MouseEvent e) {
        if (e.getEventType() == MouseEvent.MOUSE_PRESSED) {
            target.requestFocus();
        }
        ModelViewTransform mvt = transform.get();
        if (mvt == null) {
            return;
        }
        double mx = mvt.toModelX(e.getX());
        double my = mvt.toModelY(e.getY());
        if (Math.hypot(mx, my) < HEAD_RADIUS * 0.5) {
            return;
        }
        // θ is measured from the thigh hanging straight down, positive towards the front (flexion)
        onAngle.accept(Math.atan2(mx, -my));
        e.consume();
    }
}
