package org.crepituslab.framework;

import java.util.List;
import javafx.scene.paint.Color;

/**
 * Colours for Canvas drawing, which cannot read CSS. They mirror the looked-up colours of the two
 * CSS profiles. Series colours are the Okabe–Ito colour-blind-safe set, so no meaning rests on
 * red versus green alone.
 */
public record Palette(Color background, Color panel, Color text, Color grid, Color axis,
                      List<Color> series, Color alert, Color bone, Color cartilage, Color fluid,
                      Color capsule, Color gas, Color tissue) {

    public static final Palette DEFAULT = new Palette(
            Color.web("#fbfaf7"), Color.web("#ffffff"), Color.web("#1f2328"), Color.web("#e3e1dc"),
            Color.web("#5b6169"),
            List.of(Color.web("#0072B2"), Color.web("#D55E00"), Color.web("#009E73"),
                    Color.web("#CC79A7"), Color.web("#E69F00"), Color.web("#56B4E9")),
            Color.web("#D55E00"), Color.web("#e9dcc3"), Color.web("#b9d7ea"), Color.web("#fff3c4"),
            Color.web("#c98f7a"), Color.web("#ffffff"), Color.web("#d99a8c"));

    public static final Palette PROJECTOR = new Palette(
            Color.web("#000000"), Color.web("#101010"), Color.web("#ffffff"), Color.web("#3a3a3a"),
            Color.web("#e0e0e0"),
            List.of(Color.web("#56B4E9"), Color.web("#E69F00"), Color.web("#2fd6a0"),
                    Color.web("#f0a8d0"), Color.web("#F0E442"), Color.web("#ffffff")),
            Color.web("#ff9e40"), Color.web("#f5e6c8"), Color.web("#7fc4f0"), Color.web("#ffe680"),
            Color.web("#ff9a80"), Color.web("#ffffff"), Color.web("#e0806e"));

    public static Palette of(Theme theme) {
        return theme == Theme.PROJECTOR ? PROJECTOR : DEFAULT;
    }

    public Color seriesColor(int i) {
        return series.get(Math.floorMod(i, series.size()));
    }
}
