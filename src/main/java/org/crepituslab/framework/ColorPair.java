package org.crepituslab.framework;

import java.util.Locale;
import javafx.scene.paint.Color;

/**
 * One named colour in its two looks: the default palette and the projector palette (black
 * background, brighter strokes). CSS-backed pairs carry the looked-up colour name they define.
 *
 * @param cssName the looked-up colour this pair defines on the root (e.g. "-cl-bg"), or null for canvas-only colours
 */
public record ColorPair(String cssName, Color normal, Color projector) {
    public static ColorPair css(String cssName, String normal, String projector) {
        return new ColorPair(cssName, Color.web(normal), Color.web(projector));
    }

    public static ColorPair canvas(String normal, String projector) {
        return new ColorPair(null, Color.web(normal), Color.web(projector));
    }

    public Color in(Theme theme) {
        return theme == Theme.PROJECTOR ? projector : normal;
    }

    /** "#rrggbb" of this colour in a theme, for CSS. */
    public String hex(Theme theme) {
        Color c = in(theme);
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }
}
