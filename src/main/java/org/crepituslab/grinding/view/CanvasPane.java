package org.crepituslab.grinding.view;

import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.scene.AccessibleRole;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.crepituslab.framework.Palette;
import org.crepituslab.framework.Themes;

/**
 * A resizable canvas that redraws itself when resized or when the theme or font size changes;
 * subclasses only draw. Listens to the static theme properties weakly, so it can be collected
 * with its screen.
 */
abstract class CanvasPane extends Region {
    private static final Text MEASURE = new Text();
    private final Canvas canvas = new Canvas();
    private final InvalidationListener themeListener = o -> redraw();

    CanvasPane() {
        getChildren().add(canvas);
        getStyleClass().add("graph");
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        setMinSize(120, 80);
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

    /** Draws the current state at the current size. */
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

    /** Text size for canvas labels: the root font so the 200 % preference reaches the drawing. */
    static double fontPx() {
        return Themes.fontPx();
    }

    static Font font(double scale) {
        return Font.font("DejaVu Sans", fontPx() * scale);
    }

    static Font boldFont(double scale) {
        return Font.font("DejaVu Sans", javafx.scene.text.FontWeight.BOLD, fontPx() * scale);
    }

    static double textWidth(String s, Font font) {
        MEASURE.setText(s);
        MEASURE.setFont(font);
        return MEASURE.getLayoutBounds().getWidth();
    }

    Canvas canvas() {
        return canvas;
    }
}
