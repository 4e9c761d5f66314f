package org.crepituslab.tendon.view;

import static org.crepituslab.tendon.view.HipGeometry.SHAFT_END_S;
import static org.crepituslab.tendon.view.HipGeometry.THIGH_HALF_WIDTH;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.shape.ArcType;
import org.crepituslab.framework.Palette;

/**
 * The thigh's soft tissue: a translucent band along the femur ending in a rounded knee. It lies
 * behind the pelvis, so {@link HipDrawing} paints it first, before the pelvis.
 */
final class ThighTissue {
    private ThighTissue() {
    }

    /** Paints the band for the hip angle theta (radians) in the frame f. */
    static void paint(GraphicsContext g, Palette p, HipFrame f, double theta) {
        // a filled outline rather than a very wide round-capped stroke, which is slow to rasterise in software
        g.setFill(HipCanvas.withAlpha(p.tissue(), 0.35));
        double hw = THIGH_HALF_WIDTH;
        double[][] band = {{0.02, -hw}, {SHAFT_END_S, -hw}, {SHAFT_END_S, hw}, {0.02, hw}};
        double[] xs = new double[band.length];
        double[] ys = new double[band.length];
        for (int i = 0; i < band.length; i++) {
            double[] v = f.femur(theta, band[i][0], band[i][1]);
            xs[i] = v[0];
            ys[i] = v[1];
        }
        g.fillPolygon(xs, ys, xs.length);
        double[] end = f.femur(theta, SHAFT_END_S, 0);
        double r = f.mvt.toViewDistance(hw);
        g.fillArc(end[0] - r, end[1] - r, 2 * r, 2 * r, Math.toDegrees(theta) + 180, 180, ArcType.CHORD);
    }
}
