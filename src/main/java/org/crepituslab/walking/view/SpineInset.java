package org.crepituslab.walking.view;

import java.util.function.DoubleConsumer;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;
import org.crepituslab.facet.model.LumbarLevel;
import org.crepituslab.framework.CanvasPane;
import org.crepituslab.framework.Palette;

/**
 * The lumbar spine, pelvis and hip of the walker enlarged in a frame beside it (the joints that
 * pop are a few pixels on the whole figure), with a frame on the figure showing where it is and
 * the vertebrae named. The same drawing as on the figure, only larger.
 */
final class SpineInset {
    /** The enlarged region, in thigh lengths about the hip joint. */
    private static final double LEFT = -0.7;
    private static final double RIGHT = 0.42;
    private static final double TOP = -1.18;
    private static final double BOTTOM = 0.34;
    /** Share of the femur drawn in the frame (the rest would leave it). */
    static final double FEMUR_SHOWN = 0.3;
    /** How far behind a vertebra's middle its name ends, thigh lengths (clear of the arch). */
    private static final double LABEL_BEHIND = 0.32;

    private SpineInset() {
    }

    /** The frame on the figure round the enlarged region (in the figure's transform). */
    static void markRegion(GraphicsContext g, Palette p, double px) {
        g.setStroke(p.grid());
        g.setLineWidth(1.5 * px);
        g.strokeRect(LEFT, TOP, RIGHT - LEFT, BOTTOM - TOP);
    }

    /**
     * Draws the enlarged region centred in the box (x0, y0)–(x1, y1), in canvas pixels.
     *
     * @param body draws the bones in thigh lengths, given the size of a pixel in them
     */
    static void draw(GraphicsContext g, Palette p, double x0, double y0, double x1, double y1, DoubleConsumer body,
            WalkerPose pose) {
        double k = Math.min((x1 - x0) / (RIGHT - LEFT), (y1 - y0) / (BOTTOM - TOP));
        if (k <= 0) {
            return;
        }
        double cx = (x0 + x1) / 2 - k * (LEFT + RIGHT) / 2;
        double cy = (y0 + y1) / 2 - k * (TOP + BOTTOM) / 2;
        g.setStroke(p.grid());
        g.setLineWidth(1.5);
        g.strokeRect(cx + k * LEFT, cy + k * TOP, k * (RIGHT - LEFT), k * (BOTTOM - TOP));
        g.save();
        g.translate(cx, cy);
        g.scale(k, k);
        body.accept(1 / k);
        g.restore();
        names(g, p, pose, cx, cy, k);
    }

    /** L1 … L5 behind their vertebrae, when the vertebrae are at least a line of text apart. */
    private static void names(GraphicsContext g, Palette p, WalkerPose pose, double cx, double cy, double k) {
        double fontPx = CanvasPane.fontPx() * 0.7;
        if (WalkerPose.SEGMENT * k < fontPx * 0.8) {
            return;
        }
        // every vertebra named when a line of text fits between them, else the top and the bottom one
        boolean all = WalkerPose.SEGMENT * k >= fontPx * 1.25;
        g.setFont(CanvasPane.font(0.7));
        g.setFill(p.text());
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        int n = LumbarLevel.values().length;
        for (int i = 0; i < n; i++) {
            double[] a = pose.spine[i];
            double[] b = pose.spine[i + 1];
            // level with the vertebra's middle, to the left of the arches behind it
            double x = (a[0] + b[0]) / 2 - LABEL_BEHIND;
            double y = (a[1] + b[1]) / 2;
            g.fillText("L" + (n - i), cx + k * x, cy + k * y);
        }
    }
}
