package org.crepituslab.framework;

import javafx.scene.Cursor;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.StrokeLineCap;

/**
 * A transparent layer over a simulation for the presenter: a pen to draw in a few colours and a
 * laser-pointer dot. When off it is mouse-transparent, so it never blocks the controls below.
 */
public final class PenLayer extends Pane {
    public enum Mode { OFF, PEN, POINTER }

    /** Colour-blind-safe pen colours (Okabe–Ito), readable on both palettes. */
    public static final List<Color> COLOURS = List.of(
            Color.web("#E69F00"), Color.web("#56B4E9"), Color.web("#009E73"), Color.web("#CC79A7"));

    private final Canvas canvas = new Canvas();
    private final Circle laser = new Circle(9, Color.web("#ff3b30", 0.85));
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(this, "mode", Mode.OFF);
    private final ObjectProperty<Color> colour = new SimpleObjectProperty<>(this, "colour", COLOURS.get(0));
    private int strokes;

    public PenLayer() {
        setId("pen-layer");
        laser.setVisible(false);
        laser.setMouseTransparent(true);
        // seen from the back of the room: the dot grows with the text setting, like the pen
        laser.radiusProperty().bind(Themes.fontPxProperty().multiply(0.7));
        laser.setStroke(Color.WHITE);
        laser.strokeWidthProperty().bind(Themes.fontPxProperty().multiply(0.15));
        canvas.setMouseTransparent(true);
        // an empty full-window canvas would still be composited over every animated frame
        canvas.setVisible(false);
        getChildren().addAll(canvas, laser);
        setPickOnBounds(true);
        mode.addListener((o, a, b) -> applyMode());
        applyMode();
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::press);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::drag);
        addEventHandler(MouseEvent.MOUSE_MOVED, this::move);
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> laser.setVisible(false));
    }

    private void applyMode() {
        Mode m = mode.get();
        setMouseTransparent(m == Mode.OFF);
        laser.setVisible(false);
        setCursor(m == Mode.PEN ? Cursor.CROSSHAIR : m == Mode.POINTER ? Cursor.NONE : null);
    }

    @Override
    protected void layoutChildren() {
        if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
            // a resize keeps what was drawn at its place; the canvas grows, never scales
            canvas.setWidth(Math.max(canvas.getWidth(), getWidth()));
            canvas.setHeight(Math.max(canvas.getHeight(), getHeight()));
        }
    }

    private void press(MouseEvent e) {
        if (mode.get() == Mode.PEN) {
            GraphicsContext g = canvas.getGraphicsContext2D();
            g.setStroke(colour.get());
            g.setLineWidth(Math.max(4, Themes.fontPx() * 0.35));
            g.setLineCap(StrokeLineCap.ROUND);
            g.beginPath();
            g.moveTo(e.getX(), e.getY());
            g.lineTo(e.getX(), e.getY());
            g.stroke();
            strokes++;
            canvas.setVisible(true);
            e.consume();
        } else {
            move(e);
        }
    }

    private void drag(MouseEvent e) {
        if (mode.get() == Mode.PEN) {
            GraphicsContext g = canvas.getGraphicsContext2D();
            g.lineTo(e.getX(), e.getY());
            g.stroke();
            e.consume();
        } else {
            move(e);
        }
    }

    private void move(MouseEvent e) {
        if (mode.get() == Mode.POINTER) {
            laser.setCenterX(e.getX());
            laser.setCenterY(e.getY());
            laser.setVisible(true);
            e.consume();
        }
    }

    /** Erases every drawing (the C key). */
    public void clear() {
        canvas.getGraphicsContext2D().clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        strokes = 0;
        canvas.setVisible(false);
    }

    /** True while there is ink to show; an empty layer is not drawn at all. */
    public boolean isInkShown() {
        return canvas.isVisible();
    }

    /** Strokes drawn since the last clear. */
    public int strokeCount() {
        return strokes;
    }

    public ObjectProperty<Mode> modeProperty() {
        return mode;
    }

    public ObjectProperty<Color> colourProperty() {
        return colour;
    }
}
