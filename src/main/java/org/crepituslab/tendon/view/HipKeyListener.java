package org.crepituslab.tendon.view;

import java.util.function.DoubleConsumer;
import javafx.event.EventHandler;
import javafx.scene.input.KeyEvent;
import org.crepituslab.tendon.model.HipMotion;
import org.crepituslab.tendon.model.TendonModel;

/**
 * The hip's keyboard control: Up/Down move it by a small step, Page Up/Down by a large one, from
 * where a held hip is heading (or where a cycling hip is now, which stops the cycle).
 */
final class HipKeyListener implements EventHandler<KeyEvent> {
    /** Degrees per Up/Down key press, and per Page Up/Down. */
    private static final double KEY_STEP_DEG = 2;
    private static final double PAGE_STEP_DEG = 10;

    private final TendonModel model;
    private final DoubleConsumer onAngle;

    HipKeyListener(TendonModel model, DoubleConsumer onAngle) {
        this.model = model;
        this.onAngle = onAngle;
    }

    @Override
    public void handle(KeyEvent e) {
        double step = switch (e.getCode()) {
            case UP -> KEY_STEP_DEG;
            case DOWN -> -KEY_STEP_DEG;
            case PAGE_UP -> PAGE_STEP_DEG;
            case PAGE_DOWN -> -PAGE_STEP_DEG;
            default -> 0;
        };
        if (step != 0) {
            double from = model.motionProperty().get() == HipMotion.HOLD
                    ? model.targetAngleProperty().get() : model.hipAngleProperty().get();
            onAngle.accept(from + Math.toRadians(step));
            e.consume();
        }
    }
}
