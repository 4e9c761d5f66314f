package org.crepituslab.tendon.view;

import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import org.crepituslab.framework.Palette;
import org.crepituslab.framework.Themes;

/**
 * A resizable Canvas that redraws itself when its size, the palette or the font size changes. The
 * theme properties are static (they live for the whole app), so they are observed weakly.
 */
abstract class CanvasPane extends Region {
    private final Canvas canvas = new Canvas();
    private final InvalidationListener themeListener = o -> redraw();

    CanvasPane() {
        getChildren().add(canvas);
        getStyleClass().add("graph");
        setMinSize(120, 100);
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

    /** Draws everything again from the current state. */
    final void redraw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        if (w < 10 || h < 10) {
            return;
        }
        GraphicsContext g = canvas.getGraphicsContext2D();
        Palette p = Themes.palette();
        g.setFill(p.panel());
        g.fillRect(0, 0, w, h);
        draw(g, p, w, h);
    }

    protected abstract void draw(GraphicsContext g, Palette p, double w, double h);

    Canvas canvas() {
        return canvas;
    }

    static double fontPx() {
        return Themes.fontPx();
    }

    static Font font(double scale) {
        return Font.font("DejaVu Sans", fontPx() * scale);
    }

    static Font boldFont(double scale) {
        return Font.font("DejaVu Sans", javafx.scene.text.FontWeight.BOLD, fontPx() * scale);
    }
}
