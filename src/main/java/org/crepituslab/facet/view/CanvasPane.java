package org.crepituslab.facet.view;

import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.crepituslab.framework.Palette;
import org.crepituslab.framework.Themes;

/**
 * A region holding a canvas that fills it and is redrawn when resized or when the theme or font
 * scale changes. Subclasses draw with {@link Themes#palette()} colours and sizes derived from
 * {@link Themes#fontPx()}, so the projector theme and 200 % text work.
 */
abstract class CanvasPane extends Region {
    private static final Text MEASURE = new Text();
    private final Canvas canvas = new Canvas();
    // weak: the theme properties live as long as the app, views come and go
    private final InvalidationListener themeListener = o -> redraw();

    CanvasPane() {
        getChildren().add(canvas);
        Themes.paletteProperty().addListener(new WeakInvalidationListener(themeListener));
        Themes.fontPxProperty().addListener(new WeakInvalidationListener(themeListener));
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            redraw();
        }
    }

    /** Redraws everything now. */
    final void redraw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        if (w < 4 || h < 4) {
            return;
        }
        g.save();
        draw(g, Themes.palette(), w, h);
        g.restore();
    }

    abstract void draw(GraphicsContext g, Palette p, double w, double h);

    Canvas canvas() {
        return canvas;
    }

    /** The UI font at a multiple of the root size. */
    static Font font(double scale) {
        return Font.font("DejaVu Sans", Themes.fontPx() * scale);
    }

    static Font boldFont(double scale) {
        return Font.font("DejaVu Sans", javafx.scene.text.FontWeight.BOLD, Themes.fontPx() * scale);
    }

    static double textWidth(String s, Font f) {
        MEASURE.setText(s);
        MEASURE.setFont(f);
        return MEASURE.getLayoutBounds().getWidth();
    }
}
