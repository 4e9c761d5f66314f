package org.crepituslab.framework;

import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.scene.AccessibleRole;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * A region holding a canvas that fills it and is redrawn when resized or when the theme or font
 * scale changes; subclasses only draw, with {@link Themes#palette()} colours and text sizes from
 * {@link Themes#fontPx()}, so the projector theme and 200 % text reach every drawing. The theme
 * properties live as long as the app, so they are observed weakly and a closed screen can go.
 */
public abstract class CanvasPane extends Region {
    /** The width of a framed plot's border (the .graph style). */
    private static final double FRAME_PX = 1;
    private final Canvas canvas = new Canvas();
    private final InvalidationListener themeListener = o -> redraw();
    private final boolean framed;
    /** What the last {@link #redrawIfChanged} drawing showed; null after any other redraw. */
    private Object drawnState;

    /** @param framed true for a plot on its own panel (graph style, panel fill); false for a transparent drawing */
    protected CanvasPane(boolean framed) {
        this.framed = framed;
        getChildren().add(canvas);
        if (framed) {
            getStyleClass().add("graph");
        }
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        setMinSize(120, 80);
        Themes.paletteProperty().addListener(new WeakInvalidationListener(themeListener));
        Themes.fontPxProperty().addListener(new WeakInvalidationListener(themeListener));
    }

    @Override
    protected void layoutChildren() {
        double inset = framed ? FRAME_PX : 0;
        canvas.relocate(inset, inset);
        double w = snapSizeX(getWidth()) - 2 * inset;
        double h = snapSizeY(getHeight()) - 2 * inset;
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            redraw();
        }
    }

    /**
     * Redraws only when {@code state} differs from what the last drawing made here showed. Views
     * pass what they show, rounded to what can be seen (text as shown, lengths in fractions of a
     * pixel), so a frame in which nothing visible moved costs neither the drawing nor the
     * renderer's repaint of the canvas. Returns whether it drew.
     */
    protected final boolean redrawIfChanged(Object state) {
        if (state.equals(drawnState)) {
            return false;
        }
        redraw();
        drawnState = state;
        return true;
    }

    /** Draws the current state again at the current size. */
    public final void redraw() {
        drawnState = null;
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        Palette p = Themes.palette();
        if (framed) {
            // the plot paints its own panel inside the region's one-pixel frame; the region has no
            // background, so each redrawn pixel is filled once per frame, not cleared and filled
            g.setFill(p.panel());
            g.fillRect(0, 0, w, h);
        } else {
            g.clearRect(0, 0, w, h);
        }
        if (w < 10 || h < 10) {
            return;
        }
        g.save();
        draw(g, p, w, h);
        g.restore();
    }

    protected abstract void draw(GraphicsContext g, Palette p, double w, double h);

    public Canvas canvas() {
        return canvas;
    }

    /** The root font size in pixels, so the 200 % preference reaches the drawing. */
    public static double fontPx() {
        return Themes.fontPx();
    }

    /** The UI font at a multiple of the root size. */
    public static Font font(double scale) {
        return Font.font("DejaVu Sans", fontPx() * scale);
    }

    public static Font boldFont(double scale) {
        return Font.font("DejaVu Sans", FontWeight.BOLD, fontPx() * scale);
    }

    public static double textWidth(String s, Font font) {
        return TextWidths.of(s, font);
    }
}
