package org.crepituslab.tendon.view;

import static org.crepituslab.tendon.view.HipGeometry.SHAFT_END_S;
import static org.crepituslab.tendon.view.HipGeometry.THIGH_HALF_WIDTH;

import javafx.scene.AccessibleRole;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.shape.ArcType;
import org.crepituslab.framework.CanvasPane;
import org.crepituslab.framework.Palette;
import org.crepituslab.tendon.model.TendonModel;

/**
 * The bottom layer of the hip: the panel and the thigh's soft tissue, which lies behind the pelvis
 * and so cannot share the moving layer above the bones. Redrawn every frame.
 */
final class ThighLayer extends CanvasPane {
    private final TendonModel model;

    ThighLayer(TendonModel model) {
        super(false);
        this.model = model;
        setAccessibleRole(AccessibleRole.NODE);
    }

    @Override
    protected void draw(GraphicsContext g, Palette p, double w, double h) {
        g.setFill(p.panel());
        g.fillRect(0, 0, w, h);
        HipFrame f = HipFrame.fit(w, h);
        double theta = model.hipAngleProperty().get();
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
