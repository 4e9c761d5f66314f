package org.crepituslab.framework;

import java.util.List;
import javafx.scene.paint.Color;

/**
 * The colours of one theme, resolved for Canvas drawing (which cannot read CSS). Built from the
 * pairs in {@link AppColors} and {@link AnatomyColors}, the same pairs that define the stylesheet's
 * looked-up colours, so there is one source for every colour.
 */
public record Palette(Color background, Color panel, Color text, Color grid, Color axis,
                      List<Color> series, Color alert, Color bone, Color cartilage, Color fluid,
                      Color capsule, Color gas, Color tissue) {

    public static final Palette DEFAULT = resolve(Theme.DEFAULT);
    public static final Palette PROJECTOR = resolve(Theme.PROJECTOR);

    public static Palette of(Theme theme) {
        return theme == Theme.PROJECTOR ? PROJECTOR : DEFAULT;
    }

    private static Palette resolve(Theme t) {
        return new Palette(AppColors.BACKGROUND.in(t), AppColors.PANEL.in(t), AppColors.TEXT.in(t),
                AppColors.GRID.in(t), AppColors.AXIS.in(t), AppColors.SERIES.stream().map(p -> p.in(t)).toList(),
                AppColors.DRAWN_ALERT.in(t), AnatomyColors.BONE.in(t), AnatomyColors.CARTILAGE.in(t),
                AnatomyColors.FLUID.in(t), AnatomyColors.CAPSULE.in(t), AnatomyColors.GAS.in(t), AnatomyColors.TISSUE.in(t));
    }

    public Color seriesColor(int i) {
        return series.get(Math.floorMod(i, series.size()));
    }
}
