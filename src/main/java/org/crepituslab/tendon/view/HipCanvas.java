package org.crepituslab.tendon.view;

import java.util.function.DoubleConsumer;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.Cursor;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.crepituslab.framework.ModelViewTransform;
import org.crepituslab.framework.Strings;
import org.crepituslab.tendon.model.HipMotion;
import org.crepituslab.tendon.model.TendonModel;

/**
 * The side view of the hip: pelvis, femoral head, thigh with the lesser trochanter, and the
 * iliopsoas muscle whose tendon runs over the iliopectineal eminence. The thigh follows the model's
 * hip angle; dragging anywhere (or Up/Down, Page Up/Down with focus) moves it. A close-up inset shows
 * the tendon's real side-to-side position over the ridge with the spring pulling it to its rest path.
 *
 * <p>The picture is one {@link HipDrawing} inside this region's frame. Input goes to
 * {@link HipDragListener} and {@link HipKeyListener}; this node only frames, lays out and forwards.
 */
final class HipCanvas extends Region {
    /** The width of the frame (the .graph-layers style) around the drawing. */
    private static final double FRAME_PX = 1;

    private final TendonModel model;
    private final SnapCue cue = new SnapCue();
    private final HipDrawing drawing;

    HipCanvas(TendonModel model, DoubleConsumer onAngle) {
        this.model = model;
        drawing = new HipDrawing(model, cue);
        getChildren().add(drawing);
        getStyleClass().add("graph-layers");
        setId("tendon-hip");
        setFocusTraversable(true);
        setCursor(Cursor.HAND);
        setAccessibleRole(AccessibleRole.SLIDER);
        setAccessibleHelp(Strings.get("tendon.hip.help"));
        setMinSize(120, 80);
        setPrefSize(520, 600);
        HipDragListener.install(this, this::transform, onAngle);
        addEventHandler(KeyEvent.KEY_PRESSED, new HipKeyListener(model, onAngle));
        updateAccessibleText();
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth()) - 2 * FRAME_PX;
        double h = snapSizeY(getHeight()) - 2 * FRAME_PX;
        drawing.resizeRelocate(FRAME_PX, FRAME_PX, w, h);
    }

    /** Draws the hip again. */
    void redraw() {
        drawing.redraw();
    }

    void setLabels(boolean on) {
        drawing.setLabels(on);
        redraw();
    }

    void setReducedMotion(boolean on) {
        cue.setReducedMotion(on);
    }

    /** Starts the visual snap cue; strength 0..1 follows the released energy. */
    void cue(double strength) {
        cue.start(strength);
    }

    /** Ends the snap cue at once. */
    void clearCue() {
        cue.stop();
    }

    /** True while the snap cue is visible (for tests and the fuzzer). */
    boolean cueVisible() {
        return cue.visible();
    }

    /** True when the cue is drawn as a steady marker (reduced motion) rather than an expanding ring. */
    boolean reducedMotionCue() {
        return cue.reducedMotion();
    }

    /**
     * Keeps the accessible text on the whole-degree angle. It is announced only while the user moves
     * the hip: a running cycle would otherwise make a screen reader talk without pause.
     */
    void updateAccessibleText() {
        String text = Strings.format("tendon.hip.accessible", Math.round(Math.toDegrees(model.hipAngleProperty().get())));
        if (!text.equals(getAccessibleText())) {
            setAccessibleText(text);
            if (model.motionProperty().get() == HipMotion.HOLD) {
                notifyAccessibleAttributeChanged(AccessibleAttribute.TEXT);
            }
        }
    }

    /** The model-to-view transform of the latest drawing (null before the first). */
    ModelViewTransform transform() {
        return drawing.transform();
    }

    static Color withAlpha(Color c, double a) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), a);
    }

    static String fmt0(double v) {
        return String.format(Strings.locale(), "%.0f", v);
    }
}
