package org.crepituslab.framework;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Text widths for Canvas layout (a Canvas cannot measure text itself), remembered: the plots ask
 * for the same tick labels and titles every frame, and each measurement lays the text out again.
 * FX thread only.
 */
public final class TextWidths {
    /** Enough for every label of every open screen; past it the memory starts again. */
    private static final int MAX_ENTRIES = 4096;
    private static final Text MEASURE = new Text();
    private static final Map<Font, Map<String, Double>> WIDTHS = new HashMap<>();
    private static int entries;

    private TextWidths() {
    }

    /** The width of {@code s} set in {@code font}, px. */
    public static double of(String s, Font font) {
        Map<String, Double> forFont = WIDTHS.computeIfAbsent(font, f -> new HashMap<>());
        Double known = forFont.get(s);
        if (known != null) {
            return known;
        }
        if (entries >= MAX_ENTRIES) {
            WIDTHS.clear();
            entries = 0;
            forFont = WIDTHS.computeIfAbsent(font, f -> new HashMap<>());
        }
        MEASURE.setText(s);
        MEASURE.setFont(font);
        double w = MEASURE.getLayoutBounds().getWidth();
        forFont.put(s, w);
        entries++;
        return w;
    }
}
