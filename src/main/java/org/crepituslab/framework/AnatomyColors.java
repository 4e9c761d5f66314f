package org.crepituslab.framework;

/**
 * The colours of the anatomical drawings every joint screen shares (facet, tendon, grinding), as
 * (default, projector) pairs: one tissue always has one colour, whichever screen draws it.
 */
public final class AnatomyColors {
    public static final ColorPair BONE = ColorPair.canvas("#e9dcc3", "#f5e6c8");
    public static final ColorPair CARTILAGE = ColorPair.canvas("#b9d7ea", "#7fc4f0");
    public static final ColorPair FLUID = ColorPair.canvas("#fff3c4", "#ffe680");
    public static final ColorPair CAPSULE = ColorPair.canvas("#c98f7a", "#ff9a80");
    public static final ColorPair GAS = ColorPair.canvas("#ffffff", "#ffffff");
    public static final ColorPair TISSUE = ColorPair.canvas("#d99a8c", "#e0806e");

    private AnatomyColors() {
    }
}
